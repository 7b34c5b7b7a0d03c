import itertools
from multiprocessing import Pool


def _apply(fn, x):
    return fn(x)


def pmap(fn, xs, n=2):
    with Pool(n) as pool:
        return pool.starmap(_apply, zip(itertools.repeat(fn), xs))
