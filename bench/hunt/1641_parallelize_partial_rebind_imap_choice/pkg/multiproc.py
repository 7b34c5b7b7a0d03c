from functools import partial
from multiprocessing import Pool

def parallelize(func, iterable, n_workers=2, chunksize=None, async_ok=False, **func_kwargs):
    chunksize = 1 if chunksize is None else chunksize
    func = partial(func, **func_kwargs)
    with Pool(n_workers) as p:
        imap_func = p.imap_unordered if async_ok else p.imap
        return list(imap_func(func, iterable, chunksize=chunksize))
