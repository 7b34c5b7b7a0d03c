import functools
from multiprocessing import Pool


def _apply(fn, x):
    return fn(x)


def pmap(fn, items, workers=2):
    with Pool(workers) as p:
        return list(p.imap(functools.partial(_apply, fn), items))
