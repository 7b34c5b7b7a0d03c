from multiprocessing import Pool

from .timing import timed


@timed
def parallel_map(fn, xs, processes=2):
    with Pool(processes) as pool:
        return pool.map(fn, xs)
