from multiprocessing import Pool


def star(fn, pairs, *, chunksize=None):
    with Pool(2) as pool:
        return pool.starmap(fn, pairs, chunksize=chunksize)
