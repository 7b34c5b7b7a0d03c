import multiprocessing
from multiprocessing.pool import ThreadPool


class Executor:
    def __init__(self, threads=False, size=2):
        self.threads = threads
        self.size = size

    def map(self, fn, items):
        if self.threads:
            pool = ThreadPool(self.size)
        else:
            pool = multiprocessing.Pool(self.size)
        with pool:
            return pool.map(fn, items)
