# fix: the module already defines `_main_task` (below `main`, used by `summary`); a lambda
# lifted out of `main` must not take that name.
import multiprocessing as mp


def main():
    q = mp.Queue()
    base = 5
    p = mp.Process(target=lambda out: out.put(base + 1), args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()
    print(summary([1, 2]))


def _main_task(x):
    return -x


def summary(xs):
    return [_main_task(x) for x in xs]


if __name__ == "__main__":
    main()
