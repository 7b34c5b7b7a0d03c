# guard f annotation evaluated at def time refers to guard class (no future import)
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    class Num(int):
        pass
    def f(x: Num) -> int: return x * 2
    print(pmap(f, [1, 2, 3]))
