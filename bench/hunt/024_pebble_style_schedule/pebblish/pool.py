from concurrent.futures import ProcessPoolExecutor


class ProcessPool:
    def __init__(self, max_workers=2):
        self._executor = ProcessPoolExecutor(max_workers=max_workers)

    def schedule(self, function, args=(), kwargs=None):
        return self._executor.submit(function, *args, **(kwargs or {}))

    def close(self):
        self._executor.shutdown(wait=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
