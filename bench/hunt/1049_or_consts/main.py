# A or B -> thread
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
A = False
B = True
def pmap(fn, xs):
    cls = ThreadPoolExecutor if A or B else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
