import multiprocessing

class Pool:
    def __init__(self, processes=None, **kwargs):
        if processes is not None and processes < 1:
            self._pool = None
        else:
            self._pool = multiprocessing.Pool(processes=processes, **kwargs)

    def __enter__(self):
        if self._pool:
            self._pool.__enter__()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        if self._pool:
            return self._pool.__exit__(exc_type, exc_val, exc_tb)
        return False

    def map(self, func, iterable):
        if self._pool:
            return self._pool.map(func, iterable)
        return list(map(func, iterable))
