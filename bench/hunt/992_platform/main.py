# USE_THREADS = True then if sys.platform.startswith("linux"): USE_THREADS = False -> process
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = True
if sys.platform.startswith("linux"):
    USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
