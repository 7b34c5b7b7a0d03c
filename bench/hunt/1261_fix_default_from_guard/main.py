# guard function default arg from a guard variable (evaluated at def time)
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    K = 10
    def f(x, k=K): return x * k
    print(pmap(f, [1, 2, 3]))
