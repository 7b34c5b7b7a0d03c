# USE_THREADS = True at module level, guard rebinds USE_THREADS = False before call
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = True
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    USE_THREADS = False
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
