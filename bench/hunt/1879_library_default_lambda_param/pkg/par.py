from multiprocessing import Pool


def pmap(items, fn=lambda x: x):
    with Pool(2) as pool:
        return pool.map(fn, items)
