from concurrent.futures import ProcessPoolExecutor


class Engine:
    def __init__(self, workers=2):
        self.workers = workers
        self._executor = None

    def _get(self):
        if self._executor is None:
            self._executor = ProcessPoolExecutor(max_workers=self.workers)
        return self._executor

    def map_tasks(self, fn, items):
        futs = [self._get().submit(fn, it) for it in items]
        return [f.result() for f in futs]

    def shutdown(self):
        if self._executor is not None:
            self._executor.shutdown()
            self._executor = None


ENGINE = Engine()
