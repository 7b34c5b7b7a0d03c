# "abc" != b"abc" True -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
B = "abc"
def pmap(fn, xs):
    cls = ProcessPoolExecutor if B != b"abc" else ThreadPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
