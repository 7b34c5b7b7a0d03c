from multiprocessing.pool import ThreadPool


class Runner:
    def _make_pool(self):
        return ThreadPool(2)

    def run(self, fn, items):
        with self._make_pool() as pool:
            return pool.map(fn, items)
