# m = pkg.par; m.USE_THREADS = False
import pkg.par
if __name__ == "__main__":
    def f(x): return x * 2
    m = pkg.par
    m.USE_THREADS = False
    print(m.pmap(f, [1, 2, 3]))
