import multiprocessing


def unordered(fn, items, workers=2, chunksize=1):
    with multiprocessing.Pool(workers) as pool:
        return list(pool.imap_unordered(fn, items, chunksize=chunksize))
