# wrapper: def USE_THREADS local then del?? -> local name bound to function (truthy) -> but test "is True" -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = True
def pmap(fn, xs):
    def USE_THREADS(): pass
    cls = ThreadPoolExecutor if USE_THREADS is True else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
