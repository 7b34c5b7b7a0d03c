from concurrent.futures import ProcessPoolExecutor


def pmap(fn, xs):
    with ProcessPoolExecutor(max_workers=2) as ex:
        return sorted(ex.map(fn, xs))
