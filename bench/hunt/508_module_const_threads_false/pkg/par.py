from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from .settings import USE_THREADS
Executor = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
def pmap(f, xs):
    with Executor(2) as ex:
        return list(ex.map(f, xs))
