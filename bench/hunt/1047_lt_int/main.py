# N < 3 false -> thread
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
N = 5
def pmap(fn, xs):
    cls = ProcessPoolExecutor if N < 3 else ThreadPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
