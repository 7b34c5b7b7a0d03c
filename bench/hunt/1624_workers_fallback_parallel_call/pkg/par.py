from multiprocessing import Pool

def parallel_map(fn, items, workers):
    if workers <= 1:
        return list(map(fn, items))
    with Pool(processes=workers) as pool:
        return pool.map(fn, items)
