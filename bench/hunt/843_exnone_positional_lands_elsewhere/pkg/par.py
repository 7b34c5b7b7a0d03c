from concurrent.futures import ProcessPoolExecutor


def pmap(fn, xs, chunks=1, executor=None):
    if executor is None:
        with ProcessPoolExecutor(2) as ex:
            return list(ex.map(fn, xs, chunksize=1))
    return list(executor.map(fn, xs))
