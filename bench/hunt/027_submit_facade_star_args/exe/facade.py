from concurrent.futures import ProcessPoolExecutor


class Executor:
    """Thin facade so call sites do not depend on concurrent.futures directly."""

    def __init__(self, max_workers=2):
        self._pool = ProcessPoolExecutor(max_workers=max_workers)

    def submit(self, *args, **kwargs):
        return self._pool.submit(*args, **kwargs)

    def map(self, fn, *iterables, timeout=None):
        return self._pool.map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True):
        self._pool.shutdown(wait=wait)
