# FALSE: `make_pool = functools.partial(ProcessPoolExecutor, 2)` and the wrapper calls
# `make_pool(mp_context=mp.get_context("fork"))`. The context given at the partial's call is not
# read (only one bound in the partial), so the guard function handed over is reported, though the
# program runs as is under every start method.
import functools
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

make_pool = functools.partial(ProcessPoolExecutor, 2)


def pmap(fn, xs):
    with make_pool(mp_context=mp.get_context("fork")) as ex:
        return list(ex.map(fn, xs))


if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(pmap(work, [1, 2]))
