# from pkg import par as P2; P2.USE_THREADS = False
from pkg import par as P2
if __name__ == "__main__":
    def f(x): return x * 2
    P2.USE_THREADS = False
    print(P2.pmap(f, [1, 2, 3]))
