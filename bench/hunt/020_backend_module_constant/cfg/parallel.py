from multiprocessing.pool import Pool, ThreadPool

from . import settings


def get_pool(n=2):
    if settings.USE_PROCESSES:
        return Pool(n)
    return ThreadPool(n)


def parallel_apply(fn, items):
    with get_pool() as pool:
        return pool.map(fn, items)
