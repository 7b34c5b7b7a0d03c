from contextlib import contextmanager
from multiprocessing import Pool


@contextmanager
def worker_pool(n):
    pool = Pool(n)
    try:
        yield pool
    finally:
        pool.close()
        pool.join()
