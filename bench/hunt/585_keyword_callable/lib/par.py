from concurrent.futures import ProcessPoolExecutor


def parallel_map(items, func, n_jobs=2):
    with ProcessPoolExecutor(n_jobs) as ex:
        return list(ex.map(func, items))
