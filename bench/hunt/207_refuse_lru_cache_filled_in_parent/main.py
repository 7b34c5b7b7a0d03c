# refuse: `fib` is an lru_cache'd nested function the parent warms up before starting the
# child. Forked, the child inherits the cache (30 entries) and its call is a hit; lifted to
# module level, the spawned child's cache starts empty.
import functools
import multiprocessing as mp


def main():
    q = mp.Queue()
    offset = 1

    @functools.lru_cache(maxsize=None)
    def fib(n):
        return n + offset if n < 2 else fib(n - 1) + fib(n - 2)

    fib(29)

    def report(out):
        value = fib(29)
        info = fib.cache_info()
        out.put((value, info.hits, info.currsize))

    p = mp.Process(target=report, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
