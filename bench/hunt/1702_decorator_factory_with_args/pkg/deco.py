import functools
from multiprocessing import Pool


def parallelize(workers=2):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(items):
            with Pool(workers) as p:
                return p.map(fn, items)

        return wrapper

    return deco
