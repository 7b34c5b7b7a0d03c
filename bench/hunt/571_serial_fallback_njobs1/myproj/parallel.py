from concurrent.futures import ProcessPoolExecutor


def parallel_map(func, items, n_jobs=1):
    items = list(items)
    if n_jobs == 1:
        return [func(x) for x in items]
    with ProcessPoolExecutor(max_workers=n_jobs) as ex:
        return list(ex.map(func, items))
