# Shape: the wrapper lives in main.py itself at module level (single-file script + package for data).
from concurrent.futures import ProcessPoolExecutor
from lib.data import load


def run_parallel(fn, xs, workers=2):
    with ProcessPoolExecutor(workers) as ex:
        return list(ex.map(fn, xs))


if __name__ == "__main__":
    scale = 2
    def f(x):
        return x * scale
    print(run_parallel(f, load()))
