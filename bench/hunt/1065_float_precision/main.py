# B = 0.1+0.2 (expr) != 0.3 -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
B = 0.1 + 0.2
def pmap(fn, xs):
    cls = ThreadPoolExecutor if B == 0.3 else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
