import os
from concurrent.futures import ProcessPoolExecutor


def parallel_map(func, items, n_jobs=-1):
    items = list(items)
    if n_jobs == 1:
        return [func(x) for x in items]
    workers = os.cpu_count() if n_jobs == -1 else n_jobs
    with ProcessPoolExecutor(max_workers=min(workers, 2)) as ex:
        return list(ex.map(func, items))
