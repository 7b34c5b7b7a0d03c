from concurrent.futures import ProcessPoolExecutor


class LazyExecutor:
    def __init__(self, max_workers=2):
        self._max_workers = max_workers
        self._executor = None

    def __getattr__(self, name):
        if self._executor is None:
            self._executor = ProcessPoolExecutor(self._max_workers)
        return getattr(self._executor, name)


EXECUTOR = LazyExecutor()
