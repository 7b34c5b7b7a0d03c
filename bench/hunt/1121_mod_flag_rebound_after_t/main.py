# FLAG rebound AFTER selection to False; selection already used True -> thread (conservative report acceptable)
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
FLAG = True
Executor = ThreadPoolExecutor if FLAG else ProcessPoolExecutor
FLAG = False
def pmap(fn, xs):
    with Executor(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
