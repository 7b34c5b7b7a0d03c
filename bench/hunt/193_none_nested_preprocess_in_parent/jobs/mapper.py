import multiprocessing


def _square(x):
    return x * x


def prepare_then_map(pre, items, chunksize=1):
    args = [pre(item) for item in items]
    with multiprocessing.Pool(2) as pool:
        return list(pool.imap_unordered(_square, args, chunksize=chunksize))
