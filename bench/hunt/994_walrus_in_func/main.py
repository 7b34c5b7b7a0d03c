# walrus inside a comprehension in a function rebinds the GLOBAL (declared global) -> False
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = True
def configure():
    global USE_THREADS
    [(USE_THREADS := v) for v in [False]]
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    configure()
    print(pmap(f, [1, 2, 3]))
