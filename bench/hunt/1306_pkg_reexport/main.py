# pkg/__init__ re-exports pmap; main patches pkg.par via from pkg import par
import pkg
from pkg import par
if __name__ == "__main__":
    def f(x): return x * 2
    par.USE_THREADS = False
    print(pkg.pmap(f, [1, 2, 3]))
