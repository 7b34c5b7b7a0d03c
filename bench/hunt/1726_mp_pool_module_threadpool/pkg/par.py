from multiprocessing import pool as mpp


def tmap(fn, xs):
    with mpp.ThreadPool(2) as p:
        return p.map(fn, xs)
