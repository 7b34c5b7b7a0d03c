# f defined in if/else under the guard
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
import sys
if __name__ == "__main__":
    if len(sys.argv) > 5:
        def f(x): return x * 3
    else:
        def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
