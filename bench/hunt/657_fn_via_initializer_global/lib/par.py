from multiprocessing import Pool

_FN = None


def _init(fn):
    global _FN
    _FN = fn


def _call(x):
    return _FN(x)


def pmap(fn, xs, n=2):
    with Pool(n, initializer=_init, initargs=(fn,)) as pool:
        return pool.map(_call, xs)
