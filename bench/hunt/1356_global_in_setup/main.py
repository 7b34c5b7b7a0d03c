# setup function with a global statement rebinds the annotated USE_THREADS constant before the pool is chosen -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

USE_THREADS: bool = True


def setup(workers):
    global USE_THREADS
    USE_THREADS = workers <= 1


def pmap(fn, items):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))


if __name__ == "__main__":
    def square(x):
        return x * x

    setup(workers=2)
    print(pmap(square, [1, 2, 3]))
