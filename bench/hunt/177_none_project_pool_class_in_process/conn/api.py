from .pool import Pool


def query_all(fn, keys, size=2):
    with Pool(size) as pool:
        return pool.map(fn, keys)
