# shape: pkg/par.py does `from multiprocessing import *` and uses Pool from it -- guard def
from pkg.par import pmap

if __name__ == "__main__":
    k = 9

    def f(x):
        return x * k

    print(pmap(f, [1, 2]))
