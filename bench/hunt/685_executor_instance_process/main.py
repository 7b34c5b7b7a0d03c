# Shape: Runner(executor) with an injected ProcessPoolExecutor instance; guard function
from concurrent.futures import ProcessPoolExecutor

from lib import Runner

if __name__ == "__main__":
    def sq(x):
        return x * x

    with ProcessPoolExecutor(2) as ex:
        print(Runner(ex).map(sq, [1, 2, 3]), flush=True)
