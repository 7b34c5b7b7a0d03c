from concurrent.futures import ProcessPoolExecutor


class Parallel:
    def __init__(self, workers=2):
        self.workers = workers
        self._executor = None

    def __enter__(self):
        self._executor = ProcessPoolExecutor(self.workers)
        return self

    def __exit__(self, *exc):
        self._executor.shutdown()
        self._executor = None
        return False

    def map(self, fn, items):
        return list(self._executor.map(fn, items))

    def starmap(self, fn, items):
        return list(self._executor.map(fn, *zip(*items)))
