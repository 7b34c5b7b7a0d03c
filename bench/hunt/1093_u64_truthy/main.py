# 2**64 truthy -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
B = 18446744073709551616
def pmap(fn, xs):
    cls = ProcessPoolExecutor if B else ThreadPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
