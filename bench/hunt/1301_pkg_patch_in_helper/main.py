# pkg/config.py patches par.USE_THREADS; main imports pkg.config
import pkg.config
from pkg.par import pmap
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
