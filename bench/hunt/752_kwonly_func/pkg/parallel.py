from multiprocessing import Pool


def parallel(items, *, func, workers=2, chunksize=1):
    with Pool(workers) as pool:
        return sorted(pool.map(func, items, chunksize=chunksize))
