from multiprocessing.dummy import Pool as ThreadPool

def threaded_map(fn, items, n=4):
    with ThreadPool(n) as pool:
        return pool.map(fn, items)
