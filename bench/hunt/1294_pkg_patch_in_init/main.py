# pkg/__init__.py patches par.USE_THREADS = False (not the calling file)
from pkg.par import pmap
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
