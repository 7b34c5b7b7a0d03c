# MODE = True; MODE == 1 is True -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
MODE = True
def pmap(fn, xs):
    cls = ProcessPoolExecutor if MODE == 1 else ThreadPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
