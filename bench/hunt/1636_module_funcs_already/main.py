# shape: generic parmap (e.g. code-corpus 'def run_parallel(func, items, workers=4)') -- only module-level functions and functools.partial of them are passed
import functools
import operator
from pkg.par import parmap

def scale(x, k):
    return x * k

if __name__ == "__main__":
    print(parmap(functools.partial(scale, k=3), [1, 2]), parmap(abs, [-1, -2]), parmap(operator.neg, [5]))
