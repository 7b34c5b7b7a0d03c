# B is 1 (int cache true) ... conservative; thread if B is 2
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
B = 1
def pmap(fn, xs):
    cls = ProcessPoolExecutor if B is 2 else ThreadPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
