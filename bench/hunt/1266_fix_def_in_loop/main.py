# f defined inside a for loop under the guard
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    for k in (2, 3):
        def f(x): return x * 2
        print(pmap(f, [1, 2, 3]))
