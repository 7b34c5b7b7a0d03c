# guard function calls another module function that reads a global modified via global stmt in guard code
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
MODE = "a"
def setmode():
    global MODE
    MODE = "b"
def f_helper(x): return f"{MODE}{x}"
if __name__ == "__main__":
    setmode()
    def f(x): return f_helper(x)
    print(pmap(f, [1, 2, 3]))
