# (par.USE_THREADS, y) = (False, 1) tuple attribute target
from pkg import par
if __name__ == "__main__":
    def f(x): return x * 2
    par.USE_THREADS, y = False, 1
    print(par.pmap(f, [1, 2, 3]))
