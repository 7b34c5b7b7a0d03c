import multiprocessing


def _dispatch(fn, xs, workers):
    with multiprocessing.Pool(workers) as pool:
        return pool.map(fn, xs)
