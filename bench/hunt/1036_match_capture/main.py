# match with capture pattern `case x if x == "thread"` after a case that rebinds nothing; `case "threads"` no match, wildcard -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
BACKEND = "thread"
def pmap(fn, xs):
    match BACKEND:
        case "threads":
            cls = ThreadPoolExecutor
        case other:
            cls = ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
