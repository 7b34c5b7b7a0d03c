from concurrent.futures import ProcessPoolExecutor

def pmap(fn, xs, n_jobs=1):
    if n_jobs == 1:
        return [fn(x) for x in xs]
    with ProcessPoolExecutor(n_jobs) as ex:
        return list(ex.map(fn, xs))
