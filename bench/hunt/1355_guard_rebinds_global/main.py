# main's own USE_THREADS constant starting True is rebound at module level inside the main guard before pmap runs -> process
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

USE_THREADS = True


def pmap(fn, items):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))


if __name__ == "__main__":
    def square(x):
        return x * x

    USE_THREADS = "--threads" in sys.argv[1:]
    print(pmap(square, [1, 2, 3]))
