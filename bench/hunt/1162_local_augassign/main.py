# local N = N_global-ish: N = 0 then wrapper does n = N; n += 1; test n -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
N = 0
def pmap(fn, xs):
    n = N
    n += 1
    cls = ProcessPoolExecutor if n else ThreadPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
