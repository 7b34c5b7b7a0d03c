from concurrent.futures import ProcessPoolExecutor


def pmap(fn, xs):
    with ProcessPoolExecutor(max_workers=2) as ex:
        return list(ex.map(fn, xs))
