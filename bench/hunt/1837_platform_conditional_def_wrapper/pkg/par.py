import sys
from multiprocessing import Pool

if sys.platform == "win32":

    def pmap(fn, items):
        return [fn(x) for x in items]

else:

    def pmap(fn, items):
        with Pool(2) as pool:
            return pool.map(fn, items)
