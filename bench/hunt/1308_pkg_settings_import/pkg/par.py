from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from .settings import USE_THREADS
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
