from concurrent.futures import ProcessPoolExecutor


class Session:
    def __init__(self, workers=2):
        self.workers = workers
        self._ex = None

    def __enter__(self):
        self._ex = ProcessPoolExecutor(self.workers)
        return self

    def __exit__(self, *exc):
        self._ex.shutdown()

    def map(self, fn, xs):
        return list(self._ex.map(fn, xs))
