import inspect
from multiprocessing import Pool


def pmap(fn, items):
    if not inspect.isfunction(fn):
        raise TypeError(f"pmap needs a plain function, got {type(fn).__name__}")
    with Pool(2) as pool:
        return pool.map(fn, items)
