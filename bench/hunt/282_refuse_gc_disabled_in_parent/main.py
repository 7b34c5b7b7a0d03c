# refuse: the parent disables the cyclic garbage collector before starting its worker. Forked,
# the child reports it disabled; a spawned child starts with it enabled.
import gc
import multiprocessing as mp


def main():
    q = mp.Queue()
    batch = 3
    gc.disable()

    def work(out):
        out.put(f"batch {batch} gc={gc.isenabled()}")

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
