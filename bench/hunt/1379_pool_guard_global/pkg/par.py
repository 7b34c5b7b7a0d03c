from multiprocessing import Pool
from multiprocessing.pool import ThreadPool

USE_THREADS = True


def pmap(fn, items):
    pool_cls = ThreadPool if USE_THREADS else Pool
    with pool_cls(2) as pool:
        # bounded wait: a task lost by a dead worker must not hang
        return pool.map_async(fn, items).get(timeout=1)
