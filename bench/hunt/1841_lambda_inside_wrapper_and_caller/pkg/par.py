from multiprocessing import Pool


def keyed_map(fn, items):
    with Pool(2) as pool:
        return dict(pool.map(lambda x: (x, fn(x)), items))
