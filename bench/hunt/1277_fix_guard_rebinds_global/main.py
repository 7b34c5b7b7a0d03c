# guard rebinds module-level SCALE; guard f reads SCALE
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
SCALE = 1
if __name__ == "__main__":
    SCALE = 10
    def f(x): return x * SCALE
    print(pmap(f, [1, 2, 3]))
