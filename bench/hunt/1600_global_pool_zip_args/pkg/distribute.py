import multiprocessing

_pool = None

def get_pool():
    global _pool
    if _pool is None:
        _pool = multiprocessing.Pool(2)
    return _pool

def map(func, iterable, args):
    zipped = ((i, args) for i in iterable)
    return get_pool().map(func, zipped)
