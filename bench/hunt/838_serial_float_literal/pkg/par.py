from concurrent.futures import ProcessPoolExecutor


def pmap(fn, xs, n_jobs=2):
    serial = n_jobs == 1
    if serial:
        return [fn(x) for x in xs]
    with ProcessPoolExecutor(2) as ex:
        return list(ex.map(fn, xs))
