# guard imports a different object under a module-level name (from math import floor as h)
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
def h(x): return x
if __name__ == "__main__":
    from math import factorial as h
    def f(x): return h(x + 1)
    print(pmap(f, [1, 2, 3]))
