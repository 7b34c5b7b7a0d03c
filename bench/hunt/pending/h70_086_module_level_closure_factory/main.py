# Shape: module-level closure from a factory: `double = make_multiplier(2)` handed to pmap (golden).
from lib.par import pmap
from lib.ops import double

if __name__ == "__main__":
    print(pmap(double, [1, 2]))
