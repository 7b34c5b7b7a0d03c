from multiprocessing import Pool


def pmap(fn, items, processes=2):
    with Pool(processes) as pool:
        return pool.map(fn, items)
