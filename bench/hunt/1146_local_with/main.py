# wrapper: with nullcontext(False) as USE_THREADS -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import contextlib
USE_THREADS = True
def pmap(fn, xs):
    with contextlib.nullcontext(False) as USE_THREADS:
        pass
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
