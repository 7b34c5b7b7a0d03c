from multiprocessing import Pool

from .util import logged


@logged
def pmap(fn, xs):
    with Pool(2) as p:
        return sorted(p.map(fn, xs))
