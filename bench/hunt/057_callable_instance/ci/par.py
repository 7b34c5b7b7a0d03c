from multiprocessing import Pool


def parmap(fn, items):
    with Pool(2) as pool:
        return pool.map(fn, items)
