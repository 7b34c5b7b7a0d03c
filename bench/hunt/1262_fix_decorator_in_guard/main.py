# guard function decorated by a decorator defined under the guard
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
import functools
if __name__ == "__main__":
    def twice(g):
        @functools.wraps(g)
        def w(x): return g(g(x))
        return w
    @twice
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
