from multiprocessing import Pool


def pmap(fn, items, chunksize=1):
    with Pool(2) as pool:
        return pool.map(fn, items, chunksize)
