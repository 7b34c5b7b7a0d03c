# guard f calls helper h that is redefined under the guard
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
def h(x): return x + 1
if __name__ == "__main__":
    def h(x): return x + 1000
    def f(x): return h(x)
    print(pmap(f, [1, 2, 3]))
