# decomposed e+combining accent vs precomposed \u00e9 differ -> thread
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
B = "e\u0301"
def pmap(fn, xs):
    cls = ProcessPoolExecutor if B == "\u00e9" else ThreadPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
