# pkg/par.py: USE_THREADS = True then `from .settings import *` (settings has False) -> process
from pkg.par import pmap
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
