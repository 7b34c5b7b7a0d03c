from concurrent.futures import ProcessPoolExecutor


class CPUPool:
    def __init__(self, workers=2):
        self._executor = ProcessPoolExecutor(workers)

    def submit_all(self, fn, items):
        return [self._executor.submit(fn, item) for item in items]

    def close(self):
        self._executor.shutdown()
