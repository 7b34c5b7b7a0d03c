# Shape: script imports a module under the __main__ guard and the guard-defined worker uses it.
from lib.par import pmap

if __name__ == "__main__":
    import math
    from statistics import mean
    def work(x):
        return round(math.sqrt(x) + mean([x, 1]), 3)
    print(pmap(work, [1, 4, 9]))
