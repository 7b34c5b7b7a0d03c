import multiprocessing


class Workers:
    def __init__(self, n):
        self._pool = multiprocessing.Pool(n)

    def map(self, fn, items):
        try:
            return self._pool.map(fn, items)
        finally:
            self._pool.close()
            self._pool.join()
