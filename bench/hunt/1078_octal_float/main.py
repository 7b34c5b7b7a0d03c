# 0o17 == 15 -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
B = 0o17
def pmap(fn, xs):
    cls = ProcessPoolExecutor if B == 15.0 else ThreadPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
