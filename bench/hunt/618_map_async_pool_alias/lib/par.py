from multiprocessing.pool import Pool as MPPool


def pmap(fn, xs, n=2):
    pool = MPPool(processes=n, maxtasksperchild=1)
    try:
        return pool.map_async(fn, xs).get(timeout=30)
    finally:
        pool.close()
        pool.join()
