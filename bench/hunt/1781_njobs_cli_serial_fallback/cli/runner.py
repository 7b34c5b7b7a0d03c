from multiprocessing import Pool


def run(fn, items, jobs):
    if jobs <= 1:
        return list(map(fn, items))
    with Pool(jobs) as pool:
        return pool.map(fn, items)
