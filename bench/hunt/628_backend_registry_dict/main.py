# Shape: module-level BACKENDS dict maps "process"/"thread" to executor classes; wrapper looks it up by name.
from lib.par import pmap

if __name__ == "__main__":
    k = 3
    def f(x):
        return x * k
    print(pmap(f, [1, 2], backend="process"))
