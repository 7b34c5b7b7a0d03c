# guard f shadows a module-level f used at import time by TABLE
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
def f(x): return x + 100
TABLE = [f(i) for i in range(2)]
if __name__ == "__main__":
    def f(x): return x * 2
    print(TABLE, pmap(f, [1, 2, 3]))
