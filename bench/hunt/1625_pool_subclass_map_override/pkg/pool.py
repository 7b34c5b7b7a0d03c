from multiprocessing.pool import Pool
from typing import Optional

class StarfishPool(Pool):
    def __init__(self, processes: Optional[int] = None, **kwargs):
        Pool.__init__(self, processes=2, **kwargs)
        self.n_processes = processes

    def map(self, func, iterable, chunksize=None):
        if self.n_processes == 1:
            return list(map(func, iterable))
        return Pool.map(self, func, iterable, chunksize)
