# Shape: a module-level `factor = 1` is shadowed by a guard-level `factor = 3` used by the guard worker.
from lib.par import pmap

factor = 1

if __name__ == "__main__":
    factor = 3
    def f(x):
        return x * factor
    print(pmap(f, [1, 2]))
