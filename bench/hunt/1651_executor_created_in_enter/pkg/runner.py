from concurrent.futures import ProcessPoolExecutor

class ParallelRunner:
    def __init__(self, workers=2):
        self.workers = workers
        self._ex = None

    def __enter__(self):
        self._ex = ProcessPoolExecutor(max_workers=self.workers)
        return self

    def __exit__(self, *exc):
        self._ex.shutdown(wait=True)
        return False

    def map(self, fn, items):
        return list(self._ex.map(fn, items))
