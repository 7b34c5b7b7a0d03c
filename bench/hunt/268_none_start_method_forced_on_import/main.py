# none: importing `boot` forces the fork start method (boot/__init__.py), so the nested target
# is inherited, never pickled, whatever start method was set before.
import multiprocessing as mp

import boot  # noqa: F401  (forces fork)


def main():
    q = mp.Queue()
    k = 5

    def work(out):
        out.put(k + 1)

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10), boot.METHOD)
    p.join()


if __name__ == "__main__":
    main()
