# SHAPE: wrapper pkg.par.apply_each(fn, xs) ships fn inside the task tuples: pool.map(_apply, [(fn, x) for x in xs]) with a module-level _apply
# OBSERVED: OK - correct
from pkg.par import apply_each

if __name__ == "__main__":
    k = 7

    def add(x):
        return x + k

    print(apply_each(add, [1, 2, 3]))
