# Shape: project subclasses ProcessPoolExecutor (LoggingExecutor) and the caller maps with it.
from lib.pool import LoggingExecutor

if __name__ == "__main__":
    e = 2
    def f(x):
        return x ** e
    with LoggingExecutor(max_workers=2) as ex:
        print(list(ex.map(f, [1, 2, 3])))
