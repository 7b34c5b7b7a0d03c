from multiprocessing import Pool


def run(fn, xs, parallel=True, processes=2):
    if parallel:
        with Pool(processes) as pool:
            return pool.map(fn, xs)
    return list(map(fn, xs))
