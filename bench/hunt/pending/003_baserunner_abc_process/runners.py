import abc
from multiprocessing import Pool
from multiprocessing.pool import ThreadPool


class BaseRunner(abc.ABC):
    def __init__(self, n):
        self.n = n

    @abc.abstractmethod
    def _make_pool(self):
        ...

    def run(self, fn, items):
        with self._make_pool() as pool:
            return pool.map(fn, items)


class ProcessRunner(BaseRunner):
    def _make_pool(self):
        return Pool(self.n)


class ThreadRunner(BaseRunner):
    def _make_pool(self):
        return ThreadPool(self.n)
