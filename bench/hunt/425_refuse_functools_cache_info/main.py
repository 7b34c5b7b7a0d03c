# Tests: @functools.cache (not lru_cache) function filled in the parent; the lambda worker reads cache_info().
# Observed: OK - refused (main fills the cache of fib at run time).
import functools
import multiprocessing as mp


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    fib(20)
    q = mp.Queue()
    p = mp.Process(target=lambda: q.put(fib.cache_info().currsize))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
