# A and os.environ.get("X","1") dynamic -> process at runtime (must stay reported)
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import os
A = True
def pmap(fn, xs):
    cls = ProcessPoolExecutor if A and os.environ.get("PF_NOPE_X", "1") else ThreadPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
