# if SERIAL: return [fn(x)...] -> runs in parent
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
SERIAL = True
def pmap(fn, xs):
    if SERIAL:
        return [fn(x) for x in xs]
    cls = ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
