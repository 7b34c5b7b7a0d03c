from multiprocessing import Pool


def run_parallel(fn, items):
    with Pool(2) as pool:
        return pool.map(fn, items)
