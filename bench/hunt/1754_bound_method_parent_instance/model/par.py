from concurrent.futures import ProcessPoolExecutor


def parallel_map(fn, items, workers=2):
    with ProcessPoolExecutor(workers) as ex:
        return list(ex.map(fn, items))
