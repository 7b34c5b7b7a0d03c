# backslash-newline inside string; T if B != "process" -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
B = "proc\
ess"
def pmap(fn, xs):
    cls = ThreadPoolExecutor if B != "process" else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
