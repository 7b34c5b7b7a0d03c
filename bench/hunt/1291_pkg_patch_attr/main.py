# import pkg.par; pkg.par.USE_THREADS = False in main -> process
import pkg.par
from pkg.par import pmap
if __name__ == "__main__":
    def f(x): return x * 2
    pkg.par.USE_THREADS = False
    print(pmap(f, [1, 2, 3]))
