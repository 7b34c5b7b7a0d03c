# guard f name conflicts with module-level variable f used by the wrapper's caller later
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
f = 7
def show(): return f
if __name__ == "__main__":
    print(show())
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
