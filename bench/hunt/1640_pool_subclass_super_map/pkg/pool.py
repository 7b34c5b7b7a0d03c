import multiprocessing.pool as mp

class Pool(mp.Pool):
    def __init__(self, processes=None, **kwargs):
        super().__init__(processes=2, **kwargs)
        self.n_processes = processes

    def map(self, func, iterable, chunksize=None):
        if self.n_processes == 1:
            return list(map(func, iterable))
        return super().map(func, iterable, chunksize)
