from multiprocessing import Pool


def iter_parallel(fn, xs, n=2, chunksize=2):
    with Pool(n) as pool:
        for r in pool.imap_unordered(fn, xs, chunksize=chunksize):
            yield r
