# Shape: guard worker is used both directly in the parent (smoke test) and via the parallel wrapper.
from lib.par import pmap

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    print("smoke", f(1), list(map(f, [1, 2])))
    print(pmap(f, [1, 2, 3]))
