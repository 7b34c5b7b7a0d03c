# SHAPE: control - pkg.par.pmap(fn, xs) -> ProcessPoolExecutor.map; fn defined under __main__ guard capturing a guard global
# OBSERVED: OK - correct
from pkg.par import pmap

if __name__ == "__main__":
    factor = 3

    def scale(x):
        return x * factor

    print(sorted(pmap(scale, range(6))))
