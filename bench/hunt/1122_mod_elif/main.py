# module elif chain -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
MODE = "p"
if MODE == "t":
    Executor = ThreadPoolExecutor
elif MODE == "p":
    Executor = ProcessPoolExecutor
else:
    Executor = ThreadPoolExecutor
def pmap(fn, xs):
    with Executor(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
