# elif chain: thread / proc -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
BACKEND = "proc"
def pmap(fn, xs):
    if BACKEND == "thread":
        cls = ThreadPoolExecutor
    elif BACKEND == "proc":
        cls = ProcessPoolExecutor
    else:
        cls = ThreadPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
