# MISS: `make_pool = functools.partial(functools.partial(ProcessPoolExecutor, 2))` (a chain of
# partials, change 6): the wrapper over it is not seen; under spawn the map fails.
import functools
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

make_pool = functools.partial(functools.partial(ProcessPoolExecutor, 2))


def pmap(fn, xs):
    with make_pool() as ex:
        return list(ex.map(fn, xs))


if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(pmap(work, [1, 2]))
