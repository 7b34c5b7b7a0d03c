# vars(par)["USE_THREADS"] = False
from pkg import par
if __name__ == "__main__":
    def f(x): return x * 2
    vars(par)["USE_THREADS"] = False
    print(par.pmap(f, [1, 2, 3]))
