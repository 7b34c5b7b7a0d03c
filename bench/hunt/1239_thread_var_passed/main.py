# thread class passed through a local variable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from functools import partial
def run(fn, xs, make=partial(ProcessPoolExecutor, max_workers=2)):

    with make() as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print((lambda mk: run(f, [1, 2, 3], mk))(ThreadPoolExecutor))
