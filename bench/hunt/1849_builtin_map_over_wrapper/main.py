# shape: the wrapper itself is applied with builtin map over a list of guard defs: list(map(pmap, [inc, dbl], [xs, xs]))
from pkg.par import pmap

if __name__ == "__main__":
    step = 3
    xs = [1, 2]

    def inc(x):
        return x + step

    def dbl(x):
        return x * step

    print(list(map(pmap, [inc, dbl], [xs, xs])))
