from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Executor:
    def __init__(self, processes=True, workers=2):
        cls = ProcessPoolExecutor if processes else ThreadPoolExecutor
        self._pool = cls(workers)

    def submit(self, fn, *args):
        return self._pool.submit(fn, *args)

    def shutdown(self):
        self._pool.shutdown()
