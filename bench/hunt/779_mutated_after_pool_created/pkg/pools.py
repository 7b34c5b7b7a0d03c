import contextlib
from multiprocessing import Pool


@contextlib.contextmanager
def worker_pool(n=2):
    p = Pool(n)
    try:
        yield p
    finally:
        p.close()
        p.join()
