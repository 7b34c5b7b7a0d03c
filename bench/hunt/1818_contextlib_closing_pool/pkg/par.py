from contextlib import closing
from multiprocessing import Pool


def pmap(fn, items, processes=2):
    with closing(Pool(processes)) as pool:
        result = pool.map(fn, items)
    pool.join()
    return result
