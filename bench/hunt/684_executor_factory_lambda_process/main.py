# Shape: Runner(executor_factory=lambda: ProcessPoolExecutor(2)) -- the factory lambda runs in the parent, the task is a guard function
from concurrent.futures import ProcessPoolExecutor

from lib.runner import Runner

if __name__ == "__main__":
    def sq(x):
        return x * x

    runner = Runner(executor_factory=lambda: ProcessPoolExecutor(2))
    print(runner.map(sq, [1, 2, 3]), flush=True)
