"""Already imports functools.partial."""

from functools import partial
from multiprocessing import Pool


def power(x, exp):
    return x**exp


def run(values, exponent, offset):
    squarer = partial(power, exp=2)
    with Pool(2) as pool:
        first = pool.map(squarer, values)
        second = pool.map(lambda v: power(v, exponent) + offset, values)
    return first, second


if __name__ == "__main__":
    print(run([1, 2, 3], 3, 1))
