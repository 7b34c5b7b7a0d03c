# SHAPE: NEGATIVE - wrapper pmap_sorted(fn, xs, key=None, postprocess=None): fn -> Pool.map but key/postprocess are only used in the parent; lambdas passed as key/postprocess
# OBSERVED: OK - correct
from pkg.par import pmap_sorted


def cube(x):
    return x ** 3


def main():
    offset = 1
    print(pmap_sorted(cube, [3, 1, 2], key=lambda v: -v, postprocess=lambda v: v + offset))


if __name__ == "__main__":
    main()
