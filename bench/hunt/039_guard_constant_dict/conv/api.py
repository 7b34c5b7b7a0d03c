from concurrent.futures import ProcessPoolExecutor


def parallel_apply(fn, values, workers=2):
    with ProcessPoolExecutor(workers) as ex:
        return list(ex.map(fn, values))
