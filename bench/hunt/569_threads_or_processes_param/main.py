# Shape: wrapper chooses ThreadPoolExecutor vs ProcessPoolExecutor by a `backend` parameter; caller picks processes.
from tools.par import pmap

if __name__ == "__main__":
    m = 7
    def mod(x):
        return x % m
    print(pmap(mod, [10, 20, 30], backend="processes"))
