# shape: pmap(fn, xs, keep=lambda r: r > 2) where keep filters results in the parent; fn is module-level -- negative
from pkg.par import pmap


def dbl(x):
    return 2 * x


if __name__ == "__main__":
    limit = 2
    print(pmap(dbl, [1, 2, 3], keep=lambda r: r > limit))
