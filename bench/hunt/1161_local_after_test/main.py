# local assignment AFTER use -> UnboundLocalError... no: use globals()["USE_THREADS"]
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = True
def pmap(fn, xs):
    cls = ThreadPoolExecutor if globals()["USE_THREADS"] else ProcessPoolExecutor
    USE_THREADS = False
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
