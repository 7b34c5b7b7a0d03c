# elif chain falls to else -> thread
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
BACKEND = "x"
def pmap(fn, xs):
    if BACKEND == "thread":
        cls = ProcessPoolExecutor
    elif BACKEND == "proc":
        cls = ProcessPoolExecutor
    else:
        cls = ThreadPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
