from functools import singledispatch
from multiprocessing import Pool


@singledispatch
def pmap(data, fn):
    raise TypeError(type(data).__name__)


@pmap.register(list)
def _(data, fn):
    with Pool(2) as pool:
        return pool.map(fn, data)


@pmap.register(dict)
def _(data, fn):
    keys = sorted(data)
    with Pool(2) as pool:
        return dict(zip(keys, pool.map(fn, [data[k] for k in keys])))
