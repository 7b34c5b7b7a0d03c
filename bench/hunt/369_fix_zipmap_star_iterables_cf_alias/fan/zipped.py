from concurrent import futures as cf


def zipmap(fn, *iterables, workers=2):
    with cf.ProcessPoolExecutor(workers) as pool:
        return list(pool.map(fn, *iterables))
