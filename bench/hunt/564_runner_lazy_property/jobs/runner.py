from concurrent.futures import ProcessPoolExecutor


class Runner:
    def __init__(self, n):
        self.n = n
        self._pool = None

    @property
    def pool(self):
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.n)
        return self._pool

    def run_all(self, fn, items):
        futures = [self.pool.submit(fn, it) for it in items]
        return [f.result() for f in futures]

    def close(self):
        if self._pool is not None:
            self._pool.shutdown()
