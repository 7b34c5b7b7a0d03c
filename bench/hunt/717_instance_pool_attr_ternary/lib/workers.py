import multiprocessing
from multiprocessing.pool import ThreadPool


class WorkerPool:
    """Keeps one pool for its lifetime."""

    def __init__(self, processes=True, size=2):
        self.pool = multiprocessing.Pool(size) if processes else ThreadPool(size)

    def map(self, fn, items):
        return self.pool.map(fn, items)

    def close(self):
        self.pool.close()
        self.pool.join()
