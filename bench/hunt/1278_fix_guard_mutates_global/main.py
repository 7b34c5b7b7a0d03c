# guard augments module-level list; guard f reads it
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
OFFS = []
if __name__ == "__main__":
    OFFS.append(5)
    def f(x): return x + sum(OFFS)
    print(pmap(f, [1, 2, 3]))
