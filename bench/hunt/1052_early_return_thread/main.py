# if USE_THREADS: with ThreadPoolExecutor... return; then process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = True
def pmap(fn, xs):
    if USE_THREADS:
        with ThreadPoolExecutor(2) as ex:
            return list(ex.map(fn, xs))
    cls = ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
