# A or dynamic env value -> process at runtime
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import os
A = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if A or os.environ.get("PF_NOPE_X") else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
