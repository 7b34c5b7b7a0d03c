from concurrent.futures import ThreadPoolExecutor


class IOPool:
    def __init__(self, workers=4):
        self._executor = ThreadPoolExecutor(workers)

    def submit_all(self, fn, items):
        return [self._executor.submit(fn, item) for item in items]

    def close(self):
        self._executor.shutdown()
