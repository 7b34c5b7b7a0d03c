import inspect
from multiprocessing import Pool


def smart_map(fn, xs):
    nparams = len(inspect.signature(fn).parameters)
    with Pool(2) as p:
        if nparams == 2:
            return sorted(p.starmap(fn, enumerate(xs)))
        return sorted(p.map(fn, xs))
