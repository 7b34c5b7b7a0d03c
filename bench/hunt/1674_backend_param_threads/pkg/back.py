import multiprocessing
import multiprocessing.dummy

def mapper(fn, items, backend="processes", n=2):
    pool_cls = multiprocessing.Pool if backend == "processes" else multiprocessing.dummy.Pool
    with pool_cls(n) as pool:
        return pool.map(fn, items)
