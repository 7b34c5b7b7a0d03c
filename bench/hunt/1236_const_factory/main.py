# default is module constant FACTORY = partial(Process)
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from functools import partial
FACTORY = partial(ProcessPoolExecutor, max_workers=2)
def run(fn, xs, make=FACTORY):

    with make() as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(run(f, [1, 2, 3]))
