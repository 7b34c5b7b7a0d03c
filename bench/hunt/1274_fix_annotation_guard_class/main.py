# guard f is a class method-less callable class instance? no: guard class with __call__ is not lifted; use function with annotation referencing guard class
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    class Box:
        pass
    def f(x: "Box") -> int: return x * 2
    print(pmap(f, [1, 2, 3]))
