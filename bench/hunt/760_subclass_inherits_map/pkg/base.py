from concurrent.futures import ProcessPoolExecutor


class PooledBase:
    def __init__(self, workers=2):
        self._executor = ProcessPoolExecutor(max_workers=workers)

    def _map(self, fn, xs):
        return list(self._executor.map(fn, xs))

    def close(self):
        self._executor.shutdown()
