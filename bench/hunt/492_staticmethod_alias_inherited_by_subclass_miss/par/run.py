from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def _pmap(fn, xs):
    with ProcessPoolExecutor(2) as ex:
        return list(ex.map(fn, xs))


def _tmap(fn, xs):
    with ThreadPoolExecutor(2) as ex:
        return list(ex.map(fn, xs))


class Par:
    map = staticmethod(_pmap)


class Sub(Par):
    pass


class Local(Par):
    map = staticmethod(_tmap)
