from multiprocessing import Pool


def pmap(fn, items):
    def _go(pool):
        return pool.map(fn, items)

    with Pool(2) as pool:
        return _go(pool)
