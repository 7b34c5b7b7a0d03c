import multiprocessing as mp


def _dispatch(fn, items):
    with mp.Pool(2) as pool:
        return pool.map(fn, items)
