# B = 10**0 (not a literal) == 1 -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
B = 10**0
def pmap(fn, xs):
    cls = ProcessPoolExecutor if B == 1 else ThreadPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
