import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def chunked(fn, xs, ctx=None):
    ctx = ctx or mp.get_context()
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        return list(ex.map(fn, xs, chunksize=2))
