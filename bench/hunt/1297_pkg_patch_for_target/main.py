# for par.USE_THREADS in [False]: pass (attribute as for target)
from pkg import par
if __name__ == "__main__":
    def f(x): return x * 2
    for par.USE_THREADS in [False]:
        pass
    print(par.pmap(f, [1, 2, 3]))
