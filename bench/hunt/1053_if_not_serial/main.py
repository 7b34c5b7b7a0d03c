# if not SERIAL: cls=Process else serial
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
SERIAL = 0
def pmap(fn, xs):
    if not SERIAL:
        cls = ProcessPoolExecutor
    else:
        return [fn(x) for x in xs]
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
