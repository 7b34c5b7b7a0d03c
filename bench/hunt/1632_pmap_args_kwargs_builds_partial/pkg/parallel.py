from functools import partial
import multiprocessing as mp

def pmap(func, iterable, args=tuple(), kwargs={}, processes=None):
    func = partial(func, *args, **kwargs)
    with mp.Pool(processes or 2) as pool:
        return pool.map(func, iterable)
