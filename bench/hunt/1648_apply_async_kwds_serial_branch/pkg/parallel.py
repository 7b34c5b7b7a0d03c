import multiprocessing as mp

def parallel(func, iter_arg, n_jobs=1, **kwargs):
    if n_jobs == 1:
        return [func(x, **kwargs) for x in iter_arg]
    pool = mp.Pool(n_jobs)
    res = [pool.apply_async(func, args=(x,), kwds=kwargs) for x in iter_arg]
    out = [r.get() for r in res]
    pool.close()
    pool.join()
    return out
