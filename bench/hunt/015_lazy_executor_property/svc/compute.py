from concurrent.futures import ProcessPoolExecutor


class ComputeService:
    def __init__(self, workers=2):
        self.workers = workers
        self._executor = None

    @property
    def executor(self):
        if self._executor is None:
            self._executor = ProcessPoolExecutor(max_workers=self.workers)
        return self._executor

    def map(self, fn, items):
        return list(self.executor.map(fn, items))

    def shutdown(self):
        if self._executor is not None:
            self._executor.shutdown()
            self._executor = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown()
