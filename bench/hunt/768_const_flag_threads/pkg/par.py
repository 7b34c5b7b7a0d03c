from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from .conf import USE_THREADS

Executor = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor


def pmap(fn, xs):
    with Executor(max_workers=2) as ex:
        return sorted(ex.map(fn, xs))
