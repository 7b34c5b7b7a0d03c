# shape: pkg.impl.pmap re-exported as parallel_map in pkg/api.py (`from .impl import pmap as parallel_map`), then from pkg/__init__.py with __all__
from pkg import parallel_map

if __name__ == "__main__":
    k = 9

    def minus(x):
        return k - x

    print(parallel_map(minus, [1, 2]))
