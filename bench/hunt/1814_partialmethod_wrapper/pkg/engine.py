from functools import partialmethod
from multiprocessing import Pool


class Engine:
    def __init__(self, processes=2):
        self.processes = processes

    def _run(self, fn, items, chunksize):
        with Pool(self.processes) as pool:
            return pool.map(fn, items, chunksize)

    map_fine = partialmethod(_run, chunksize=1)
    map_coarse = partialmethod(_run, chunksize=4)
