# Shape: library picks its pool class at import time: `PoolExecutor = ProcessPoolExecutor if os.name != "nt" else ThreadPoolExecutor`.
from lib.par import pmap

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    print(pmap(f, [1, 2]))
