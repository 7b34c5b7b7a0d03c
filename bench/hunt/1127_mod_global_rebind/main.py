# Executor picked thread then rebound via global in function -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = True
Executor = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
def use_procs():
    global Executor
    Executor = ProcessPoolExecutor
use_procs()
def pmap(fn, xs):
    with Executor(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
