# refuse: the module-level lru_cache'd `fib` is warmed by the parent; the worker reports its
# cache hits. Forked, the child inherits the warm cache (29 hits); a spawned child re-imports
# an empty one and computes fib(30) afresh (28 hits).
import functools
import multiprocessing as mp


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    q = mp.Queue()
    n = 30
    fib(n)

    def work(out):
        out.put((fib(n), fib.cache_info().hits))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
