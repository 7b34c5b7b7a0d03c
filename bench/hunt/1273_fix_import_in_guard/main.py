# guard f uses name imported inside the guard
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    import math
    def f(x): return math.isqrt(x * 16)
    print(pmap(f, [1, 2, 3]))
