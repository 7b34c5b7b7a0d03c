# SHAPE: the wrapper pmap is itself decorated with a functools.wraps logging decorator (pkg.util.logged)
# OBSERVED: OK - correct
from pkg.par import pmap

if __name__ == "__main__":
    k = 4

    def times_k(x):
        return x * k

    print(pmap(times_k, [1, 2, 3]))
