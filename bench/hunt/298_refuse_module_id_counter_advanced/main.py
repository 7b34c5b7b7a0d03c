# refuse: the module-level id generator is advanced three times by the parent. Forked, the
# child's next id is 3; a spawned child re-imports a fresh counter and gets 0.
import itertools
import multiprocessing as mp

_ids = itertools.count()


def new_id():
    return next(_ids)


def main():
    q = mp.Queue()
    parent_ids = [new_id() for _ in range(3)]
    kind = "task"

    def work(out):
        out.put(f"{kind}-{new_id()}")

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(parent_ids, q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
