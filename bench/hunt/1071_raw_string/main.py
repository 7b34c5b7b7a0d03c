# r"a\n" (3 chars) != "a\n" (2 chars) -> thread
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
B = r"a\n"
def pmap(fn, xs):
    cls = ProcessPoolExecutor if B == "a\n" else ThreadPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
