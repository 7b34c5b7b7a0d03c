# with nullcontext(False) as par.USE_THREADS
import contextlib
from pkg import par
if __name__ == "__main__":
    def f(x): return x * 2
    with contextlib.nullcontext(False) as par.USE_THREADS:
        pass
    print(par.pmap(f, [1, 2, 3]))
