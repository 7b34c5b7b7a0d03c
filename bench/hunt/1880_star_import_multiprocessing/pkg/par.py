from multiprocessing import *  # noqa: F401,F403


def pmap(fn, items):
    with Pool(2) as pool:  # noqa: F405
        return pool.map(fn, items)
