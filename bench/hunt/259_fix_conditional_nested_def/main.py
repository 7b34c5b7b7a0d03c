# fix: `work` is defined in one of two branches; both capture `k`. Forked, the branch taken
# decides what the child runs (20).
import multiprocessing as mp


def main(fast):
    q = mp.Queue()
    k = 10
    if fast:

        def work(out):
            out.put(k * 2)

    else:

        def work(out):
            out.put(k * 3)

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main(fast=True)
