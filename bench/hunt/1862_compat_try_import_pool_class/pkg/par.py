from ._compat import ProcessPoolExecutor


def pmap(fn, items):
    with ProcessPoolExecutor(2) as ex:
        return list(ex.map(fn, items))
