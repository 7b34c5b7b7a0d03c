import multiprocessing.pool as mpp


def run_pairs(fn, pairs, processes=2):
    with mpp.Pool(processes) as pool:
        return pool.starmap(fn, pairs)
