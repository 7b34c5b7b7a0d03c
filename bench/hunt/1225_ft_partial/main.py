# import functools as ft; ft.partial default -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import functools as ft
def run(fn, xs, make=ft.partial(ProcessPoolExecutor, max_workers=2)):

    with make() as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(run(f, [1, 2, 3]))
