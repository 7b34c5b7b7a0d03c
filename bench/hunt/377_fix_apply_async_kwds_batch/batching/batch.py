import multiprocessing


class Batch:
    def __init__(self, processes=2):
        self._processes = processes
        self._pool = None

    def __enter__(self):
        self._pool = multiprocessing.Pool(self._processes)
        return self

    def __exit__(self, *exc):
        self._pool.close()
        self._pool.join()
        return False

    def add(self, fn, *args, **kwargs):
        return self._pool.apply_async(fn, args, kwargs)
