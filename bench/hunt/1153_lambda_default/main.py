# lambda param default shadows -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = True
def pmap(fn, xs):
    pick = lambda USE_THREADS=False: ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    cls = pick()
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
