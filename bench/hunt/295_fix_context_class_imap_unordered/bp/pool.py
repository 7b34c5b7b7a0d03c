import multiprocessing


class BatchPool:
    def __init__(self, workers):
        self.workers = workers
        self._pool = None

    def __enter__(self):
        self._pool = multiprocessing.Pool(self.workers)
        return self

    def __exit__(self, *exc):
        self._pool.close()
        self._pool.join()

    def map(self, fn, items, *args, **kwargs):
        return list(self._pool.imap_unordered(fn, items, *args, **kwargs))
