# user-defined partial shadows functools: always builds thread pool
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
def partial(cls, **kw):
    return lambda: ThreadPoolExecutor(**kw)
def run(fn, xs, make=partial(ProcessPoolExecutor, max_workers=2)):

    with make() as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(run(f, [1, 2, 3]))
