import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def make_executor(start_method=""):
    if start_method:
        return ProcessPoolExecutor(2, mp_context=multiprocessing.get_context(start_method))
    return ThreadPoolExecutor(2)

def pmap(fn, xs, start_method="fork"):
    with make_executor(start_method) as ex:
        return list(ex.map(fn, xs))
