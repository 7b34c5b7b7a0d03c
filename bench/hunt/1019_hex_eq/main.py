# N = 0x10 == 16 -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
N = 0x10
def pmap(fn, xs):
    cls = ProcessPoolExecutor if N == 16 else ThreadPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
