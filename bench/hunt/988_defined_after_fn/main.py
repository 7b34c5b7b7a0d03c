# constant defined after the wrapper function but before the call, True -> thread
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
USE_THREADS = True
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
