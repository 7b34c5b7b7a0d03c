# comprehension variable does not leak (py3) -> thread
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = True
_unused = [USE_THREADS for USE_THREADS in [False]]
Executor = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
def pmap(fn, xs):
    with Executor(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
