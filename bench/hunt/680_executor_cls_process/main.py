# Shape: Runner(executor_cls=ProcessPoolExecutor) injected executor class (default threads); guard function
from concurrent.futures import ProcessPoolExecutor

from lib.runner import Runner

if __name__ == "__main__":
    def sq(x):
        return x * x

    print(Runner(executor_cls=ProcessPoolExecutor).map(sq, [1, 2, 3]), flush=True)
