# shape: pmap(fn, items) defines `def _go(pool): return pool.map(fn, items)` and calls it with the Pool -- the parameter reaches the pool through a nested helper's closure
from pkg.par import pmap

if __name__ == "__main__":
    base = 3

    def power(x):
        return base ** x

    print(pmap(power, [1, 2, 3]))
