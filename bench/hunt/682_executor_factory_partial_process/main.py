# Shape: Runner(executor_factory=functools.partial(ProcessPoolExecutor, 2)); guard function
import functools
from concurrent.futures import ProcessPoolExecutor

from lib.runner import Runner

if __name__ == "__main__":
    def sq(x):
        return x * x

    runner = Runner(executor_factory=functools.partial(ProcessPoolExecutor, 2))
    print(runner.map(sq, [1, 2, 3]), flush=True)
