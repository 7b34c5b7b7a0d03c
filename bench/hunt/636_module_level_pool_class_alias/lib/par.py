import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

PoolExecutor = ProcessPoolExecutor if os.name != "nt" else ThreadPoolExecutor


def pmap(fn, xs, n=2):
    with PoolExecutor(max_workers=n) as ex:
        return list(ex.map(fn, xs))
