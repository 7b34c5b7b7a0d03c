# Shape (negative): worker already defined at module level of main.py (above the guard); partial with guard var.
import functools
from lib.par import pmap


def scale(x, k):
    return x * k


if __name__ == "__main__":
    k = 3
    print(pmap(functools.partial(scale, k=k), [1, 2]))
