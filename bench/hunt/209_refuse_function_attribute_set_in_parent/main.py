# refuse: the parent sets `work.retries = 3` on the nested function, and `work` reads its own
# attribute. Forked, the child sees 3; lifted, the spawned child's function (or partial) has no
# such attribute and prints the default 1.
import multiprocessing as mp


def main():
    q = mp.Queue()
    name = "fetch"

    def work(out):
        out.put(f"{name} x{getattr(work, 'retries', 1)}")

    work.retries = 3
    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
