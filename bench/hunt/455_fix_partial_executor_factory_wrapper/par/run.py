import functools
from concurrent.futures import ProcessPoolExecutor

make_pool = functools.partial(ProcessPoolExecutor, 2)


def pmap(fn, xs):
    with make_pool() as ex:
        return sorted(ex.map(fn, xs))
