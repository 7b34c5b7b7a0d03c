# Shape: wrapper packs (fn, x) tuples and maps a module-level _run_task over them.
from lib.par import pmap

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    print(pmap(f, [1, 2]))
