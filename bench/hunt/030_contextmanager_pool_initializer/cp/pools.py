import contextlib
import multiprocessing


@contextlib.contextmanager
def process_pool(processes=2, initializer=None, initargs=()):
    pool = multiprocessing.Pool(processes, initializer=initializer, initargs=initargs)
    try:
        yield pool
    finally:
        pool.close()
        pool.join()
