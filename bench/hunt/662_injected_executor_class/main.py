# Shape: Runner(executor_cls=ThreadPoolExecutor) default; caller injects the ProcessPoolExecutor class; map uses self.executor_cls.
from concurrent.futures import ProcessPoolExecutor
from lib.r import Runner
if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    print(Runner(ProcessPoolExecutor).map(f, [1, 2]))
