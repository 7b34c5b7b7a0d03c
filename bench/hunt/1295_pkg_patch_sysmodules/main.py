# sys.modules["pkg.par"].USE_THREADS = False
import sys
from pkg.par import pmap
if __name__ == "__main__":
    def f(x): return x * 2
    sys.modules["pkg.par"].USE_THREADS = False
    print(pmap(f, [1, 2, 3]))
