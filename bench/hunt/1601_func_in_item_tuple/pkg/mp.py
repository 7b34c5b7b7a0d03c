import multiprocessing

def _map_f(args):
    f, i = args
    return f(i)

def map(func, iterable, ordered=True):
    pool = multiprocessing.Pool(processes=2)
    inputs = ((func, i) for i in iterable)
    pool_map = pool.imap if ordered else pool.imap_unordered
    res = list(pool_map(_map_f, inputs))
    pool.close()
    pool.join()
    return res
