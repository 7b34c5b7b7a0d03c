import contextlib
from multiprocessing.pool import ThreadPool


class Runner:
    @contextlib.contextmanager
    def _pool(self):
        with ThreadPool(2) as pool:
            yield pool

    def run(self, fn, items):
        with self._pool() as pool:
            return pool.map(fn, items)
