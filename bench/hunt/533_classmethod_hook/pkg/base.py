from multiprocessing.pool import ThreadPool


class Runner:
    workers = 2

    @classmethod
    def _make_pool(cls):
        return ThreadPool(cls.workers)

    def run(self, fn, items):
        with self._make_pool() as pool:
            return pool.map(fn, items)
