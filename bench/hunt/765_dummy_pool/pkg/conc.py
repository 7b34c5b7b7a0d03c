from multiprocessing import dummy


def run_all(fn, xs):
    pool = dummy.Pool(2)
    try:
        return sorted(pool.map(fn, xs))
    finally:
        pool.close()
        pool.join()
