import multiprocessing


def pmap(fn, xs):
    with multiprocessing.Pool(2) as pool:
        return pool.map(fn, xs)
