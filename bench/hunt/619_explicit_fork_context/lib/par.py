import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


def pmap(fn, xs, n=2):
    with ProcessPoolExecutor(n, mp_context=mp.get_context("fork")) as ex:
        return list(ex.map(fn, xs))
