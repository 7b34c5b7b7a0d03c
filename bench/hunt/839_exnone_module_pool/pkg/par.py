from concurrent.futures import ProcessPoolExecutor


def pmap(fn, xs, executor=None):
    if executor is None:
        with ProcessPoolExecutor(2) as ex:
            return list(ex.map(fn, xs))
    return list(executor.map(fn, xs))
