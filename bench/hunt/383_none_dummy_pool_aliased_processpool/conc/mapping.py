from multiprocessing.dummy import Pool as ProcessPool


def pmap(fn, items, processes=2):
    with ProcessPool(processes) as pool:
        return pool.map(fn, items)
