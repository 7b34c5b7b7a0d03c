from concurrent.futures import ProcessPoolExecutor


class Service:
    def __init__(self):
        self._pool = None

    @property
    def executor(self):
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=2)
        return self._pool

    def map(self, fn, xs):
        return list(self.executor.map(fn, xs))

    def close(self):
        if self._pool is not None:
            self._pool.shutdown()
