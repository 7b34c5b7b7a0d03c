"""`from functools import reduce` already present."""

from functools import reduce
from multiprocessing import Pool
import operator


def products(groups, modulus):
    total = reduce(operator.add, map(len, groups))
    with Pool(2) as pool:
        return total, pool.map(lambda g: reduce(operator.mul, g) % modulus, groups)


if __name__ == "__main__":
    print(products([[2, 3], [4, 5, 6]], 7))
