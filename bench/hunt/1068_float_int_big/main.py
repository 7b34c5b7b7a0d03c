# int 2**53+1 == float 9007199254740992.0 -> False in Python -> thread branch is else
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
B = 9007199254740993
def pmap(fn, xs):
    cls = ProcessPoolExecutor if B == 9007199254740992.0 else ThreadPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
