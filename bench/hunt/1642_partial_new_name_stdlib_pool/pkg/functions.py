from functools import partial
from multiprocessing import Pool

def parallel(func, x, *args, **kwargs):
    part_func = partial(func, *args, **kwargs)
    with Pool(2) as pool:
        data = list(pool.imap(part_func, x))
    return data
