# SHAPE: wrapper pkg.par.timed_map logs fn.__name__ before Pool.map; guard function captures a guard global (a functools.partial fix has no __name__)
# OBSERVED: OK - correct
from pkg.par import timed_map

if __name__ == "__main__":
    factor = 3

    def scale(x):
        return x * factor

    print(timed_map(scale, [1, 2, 3]))
