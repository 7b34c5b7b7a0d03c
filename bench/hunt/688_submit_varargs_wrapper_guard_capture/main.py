# Shape: Executor(processes=True).submit(fn, *args) (no **kwargs) around a pool made in __init__; guard function reads a guard-only variable
from lib.executor import Executor

if __name__ == "__main__":
    base = 10

    def add(x, y):
        return base + x + y

    ex = Executor(processes=True)
    futures = [ex.submit(add, i, 1) for i in range(3)]
    print([f.result() for f in futures], flush=True)
    ex.shutdown()
