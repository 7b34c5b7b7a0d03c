from concurrent.futures import ThreadPoolExecutor


class PooledBase:
    def __init__(self, workers=2):
        self._executor = ThreadPoolExecutor(max_workers=workers)

    def _map(self, fn, xs):
        return list(self._executor.map(fn, xs))

    def close(self):
        self._executor.shutdown()
