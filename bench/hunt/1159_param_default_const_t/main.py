# param threads=USE_THREADS default True, call omits -> thread
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = True
def pmap(fn, xs, threads=USE_THREADS):
    cls = ThreadPoolExecutor if threads else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
