from multiprocessing import Pool


class Runner:
    def _make_pool(self):
        return Pool(2)

    def run(self, fn, items):
        with self._make_pool() as pool:
            return pool.map(fn, items)
