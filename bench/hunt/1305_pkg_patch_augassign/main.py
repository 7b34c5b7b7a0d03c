# par.USE_THREADS ^= True (True ^ True = False)
from pkg import par
if __name__ == "__main__":
    def f(x): return x * 2
    par.USE_THREADS ^= True
    print(par.pmap(f, [1, 2, 3]))
