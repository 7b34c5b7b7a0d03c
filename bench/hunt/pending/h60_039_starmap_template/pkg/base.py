from multiprocessing.pool import ThreadPool


class Runner:
    def _make_pool(self):
        return ThreadPool(2)

    def run_pairs(self, fn, pairs):
        with self._make_pool() as pool:
            return pool.starmap(fn, pairs)
