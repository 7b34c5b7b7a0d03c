from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from . import config
def pmap(fn, xs):
    if config.USE_PROCESSES:
        ex = ProcessPoolExecutor(2)
    else:
        ex = ThreadPoolExecutor(2)
    with ex:
        return list(ex.map(fn, xs))
