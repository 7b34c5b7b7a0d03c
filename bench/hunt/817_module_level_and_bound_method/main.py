# SHAPE: NEGATIVE control - module-level function, functools.partial of it, and a bound method of a module-level picklable class, all handed to wrapper pkg.par.pmap (ProcessPoolExecutor)
# OBSERVED: OK - correct
import functools

from pkg.par import pmap
from pkg.model import Scaler


def add(x, k=0):
    return x + k


if __name__ == "__main__":
    s = Scaler(3)
    print(pmap(add, [1, 2]))
    print(pmap(functools.partial(add, k=10), [1, 2]))
    print(pmap(s.apply, [1, 2]))
