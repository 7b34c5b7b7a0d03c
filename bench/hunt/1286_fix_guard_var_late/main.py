# guard f uses a guard variable that is modified after the def but before the call
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    K = 1
    def f(x): return x * K
    K = 5
    print(pmap(f, [1, 2, 3]))
