from multiprocessing import Pool


def pmap(fn, items):
    with Pool(2) as pool:
        return pool.map(fn, items)
