from concurrent.futures import ThreadPoolExecutor


def tmap(fn, xs, init=None, n=2):
    with ThreadPoolExecutor(n, initializer=init) as ex:
        return list(ex.map(fn, xs))
