import functools

from num.ops import scale
from num.par import pmap


def main():
    factor = 3
    print(pmap(functools.partial(scale, factor=factor), [1, 2, 3]))


if __name__ == "__main__":
    main()
