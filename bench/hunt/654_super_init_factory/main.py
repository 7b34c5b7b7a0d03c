# Shape: Runner(executor_factory) base; ProcessRunner subclass passes ProcessPoolExecutor via super().__init__.
from lib.runner import ProcessRunner

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    print(ProcessRunner().map(f, [1, 2]))
