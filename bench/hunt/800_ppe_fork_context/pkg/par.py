import multiprocessing
from concurrent.futures import ProcessPoolExecutor

_FORK = multiprocessing.get_context("fork")


def pmap(fn, xs):
    with ProcessPoolExecutor(max_workers=2, mp_context=_FORK) as ex:
        return sorted(ex.map(fn, xs))
