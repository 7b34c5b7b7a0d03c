# wrapper itself: global USE_THREADS; USE_THREADS = False before test
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = True
def pmap(fn, xs):
    global USE_THREADS
    USE_THREADS = False
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
