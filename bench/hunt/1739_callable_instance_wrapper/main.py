# shape: pkg exposes `pmap = ParallelMap(2)`, a module-level instance whose __call__(fn, xs) maps over a ProcessPoolExecutor; `from pkg import pmap`
from pkg import pmap

if __name__ == "__main__":
    k = 5

    def plus(x):
        return x + k

    print(pmap(plus, [1, 2]))
