from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from .settings import USE_THREADS


def pmap(fn, items):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
