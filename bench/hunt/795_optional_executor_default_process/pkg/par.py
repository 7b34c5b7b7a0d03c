from concurrent.futures import ProcessPoolExecutor


def pmap(fn, xs, executor=None):
    if executor is None:
        with ProcessPoolExecutor(max_workers=2) as ex:
            return sorted(ex.map(fn, xs))
    return sorted(executor.map(fn, xs))
