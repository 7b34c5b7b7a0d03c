# Shape: wrapper imports `from multiprocessing.pool import Pool as MPPool` and uses map_async(...).get().
from lib.par import pmap

if __name__ == "__main__":
    k = 1
    def f(x):
        return x - k
    print(pmap(f, [5, 6]))
