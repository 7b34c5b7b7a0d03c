# guard f's name is also used as a keyword argument name in the call
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    K = 2
    def f(x, k=1): return x * k * K
    print(pmap(f, [1, 2, 3]), f(1, k=3))
