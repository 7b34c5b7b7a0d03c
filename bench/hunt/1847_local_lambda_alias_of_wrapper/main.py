# shape: main binds `run = lambda f: pmap(f, XS)` and calls run(guard_def) -- the guard def reaches the Pool wrapper through a local lambda's parameter
from pkg.par import pmap

if __name__ == "__main__":
    XS = [1, 2, 3]
    base = 100

    def add_base(x):
        return x + base

    run = lambda f: pmap(f, XS)
    print(run(add_base))
