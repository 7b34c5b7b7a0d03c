# Shape: Runner(use_processes=True) bool flag, pool class picked by a conditional expression in map(); task defined under the __main__ guard
from lib import Runner

if __name__ == "__main__":
    def square(x):
        return x * x

    runner = Runner(use_processes=True)
    print(runner.map(square, [1, 2, 3]), flush=True)
