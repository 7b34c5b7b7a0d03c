from multiprocessing import Pool

_func = None

def worker_init(func):
    global _func
    _func = func

def worker(x):
    return _func(x)

def pool_map(func, items, parallel=True):
    if not parallel:
        return list(map(func, items))
    with Pool(2, initializer=worker_init, initargs=(func,)) as pool:
        return list(pool.imap(worker, items))
