from multiprocessing import Pool

_POOL = None


def _pool():
    global _POOL
    if _POOL is None:
        _POOL = Pool(2)
    return _POOL


def pmap(fn, xs):
    return sorted(_pool().map(fn, xs))


def close():
    if _POOL is not None:
        _POOL.close()
        _POOL.join()
