import contextlib
import multiprocessing


@contextlib.contextmanager
def worker_pool(n=2):
    pool = multiprocessing.Pool(n)
    try:
        yield pool
    finally:
        pool.close()
        pool.join()
