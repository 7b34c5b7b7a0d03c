# shape: pkg/__init__.py does `from .par import *`, par.py declares __all__ = ["pmap"]; main does `from pkg import pmap`
from pkg import pmap

if __name__ == "__main__":
    k = 4

    def mul(x):
        return x * k

    print(pmap(mul, [1, 2, 3]))
