from concurrent.futures import ProcessPoolExecutor


def pmap(fn, xs):
    with ProcessPoolExecutor(2) as ex:
        return list(ex.map(fn, xs))
