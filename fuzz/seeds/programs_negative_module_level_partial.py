import functools
import operator
from multiprocessing import Pool


def power(base, exponent):
    return base**exponent


def main():
    exponent = 3
    with Pool(2) as pool:
        print(pool.map(functools.partial(power, exponent=exponent), [1, 2]))
        print(pool.map(operator.neg, [1, 2]))
        print(pool.map(abs, [-1, -2]))
        print(pool.map(str.upper, ["a"]))


if __name__ == "__main__":
    main()
