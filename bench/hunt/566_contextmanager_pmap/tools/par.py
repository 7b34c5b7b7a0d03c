from contextlib import contextmanager
import multiprocessing as mp


@contextmanager
def pool_map(n):
    pool = mp.Pool(n)
    try:
        yield pool.map
    finally:
        pool.close()
        pool.join()
