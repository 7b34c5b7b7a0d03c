from concurrent.futures import ProcessPoolExecutor


class Runner:
    def __init__(self, workers):
        self.workers = workers
        self._ex = None

    def __enter__(self):
        self._ex = ProcessPoolExecutor(max_workers=self.workers)
        return self

    def __exit__(self, *exc):
        self._ex.shutdown(wait=True)
        return False

    def submit(self, fn, *args):
        return self._ex.submit(fn, *args)
