# Shape: wrapper takes executor=None and creates a ProcessPoolExecutor when not given.
from lib.par import pmap

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    print(pmap(f, [1, 2]))
