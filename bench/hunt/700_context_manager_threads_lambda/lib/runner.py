from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def __init__(self, processes=False, workers=2):
        self.processes = processes
        self.workers = workers
        self._ex = None

    def __enter__(self):
        cls = ProcessPoolExecutor if self.processes else ThreadPoolExecutor
        self._ex = cls(self.workers)
        return self

    def __exit__(self, *exc):
        self._ex.shutdown()
        return False

    def map(self, fn, items):
        return list(self._ex.map(fn, items))
