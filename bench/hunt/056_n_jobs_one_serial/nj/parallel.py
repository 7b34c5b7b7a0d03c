from concurrent.futures import ProcessPoolExecutor


def parallel_apply(fn, items, n_jobs=2):
    if n_jobs == 1:
        return [fn(item) for item in items]
    with ProcessPoolExecutor(max_workers=n_jobs) as ex:
        return list(ex.map(fn, items))
