# Shape: dependency injection: Runner(executor) receives a ProcessPoolExecutor created by the caller.
from concurrent.futures import ProcessPoolExecutor
from lib.runner import Runner

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    with ProcessPoolExecutor(2) as ex:
        print(Runner(ex).map(f, [1, 2]))
