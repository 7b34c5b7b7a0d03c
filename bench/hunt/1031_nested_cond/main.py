# nested conditional: T if A and... -> (P if A else T) if not B else T
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
A = True
B = False
def pmap(fn, xs):
    cls = (ProcessPoolExecutor if A else ThreadPoolExecutor) if not B else ThreadPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
