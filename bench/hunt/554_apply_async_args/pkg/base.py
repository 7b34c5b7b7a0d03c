from multiprocessing.pool import ThreadPool


class Runner:
    def _make_pool(self):
        return ThreadPool(2)

    def call(self, fn, *args):
        with self._make_pool() as pool:
            return pool.apply_async(fn, args).get()
