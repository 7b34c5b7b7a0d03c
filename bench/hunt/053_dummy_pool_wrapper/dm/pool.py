from multiprocessing.dummy import Pool as ThreadPool


def io_map(fn, items, workers=3):
    with ThreadPool(workers) as pool:
        return pool.map(fn, items)
