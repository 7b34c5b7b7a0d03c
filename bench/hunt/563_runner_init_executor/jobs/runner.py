import concurrent.futures as cf


class Runner:
    def __init__(self, workers=2):
        self.workers = workers
        self._executor = cf.ProcessPoolExecutor(max_workers=workers)

    def map(self, fn, items):
        return list(self._executor.map(fn, items))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._executor.shutdown()
