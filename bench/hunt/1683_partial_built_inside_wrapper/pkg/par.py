import functools
import multiprocessing as mp


def pmap(fn, items, **kw):
    f = functools.partial(fn, **kw)
    with mp.Pool(2) as p:
        return p.map(f, items)
