# Shape: caller passes functools.partial(guard_fn, const) to the project wrapper.
from functools import partial
from lib.par import pmap

if __name__ == "__main__":
    def power(e, x):
        return x ** e
    print(pmap(partial(power, 3), [1, 2, 3]))
