# Shape: caller makes a configured alias of the wrapper with functools.partial and calls it.
from functools import partial
from lib.par import pmap

if __name__ == "__main__":
    fast_map = partial(pmap, n=2)
    c = 9
    def f(x):
        return x + c
    print(fast_map(f, [1, 2]))
