from multiprocessing import Pool


class Cluster:
    def __init__(self, workers=2):
        self.workers = workers
        self._pool = None

    @property
    def map(self):
        if self._pool is None:
            self._pool = Pool(self.workers)
        return self._pool.map

    def close(self):
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
