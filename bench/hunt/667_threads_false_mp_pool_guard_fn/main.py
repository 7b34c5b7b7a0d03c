# Shape: Executor(threads=False) inverted flag, multiprocessing.Pool vs ThreadPool chosen by if/else in map(); guard function
from lib import Executor

if __name__ == "__main__":
    def label(x):
        return f"item-{x}"

    print(Executor(threads=False).map(label, [1, 2, 3]), flush=True)
