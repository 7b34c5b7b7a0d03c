from functools import partial
from multiprocessing import Pool


def power(base, exponent):
    return base**exponent


def main():
    exponent = 2
    shift = 1

    def shifted(x):
        return x + shift

    with Pool(2) as pool:
        print(pool.map(partial(power, exponent=exponent), [1, 2, 3]))
        print(pool.map(shifted, [1, 2, 3]))  # PKL003


if __name__ == "__main__":
    main()
