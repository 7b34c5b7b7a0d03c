# if/elif/else: middle thread taken
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
BACKEND = "t"
def pmap(fn, xs):
    if BACKEND == "p":
        cls = ProcessPoolExecutor
    elif BACKEND == "t":
        cls = ThreadPoolExecutor
    else:
        cls = ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
