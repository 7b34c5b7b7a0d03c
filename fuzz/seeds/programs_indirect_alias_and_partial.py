import functools
from functools import partial
from multiprocessing import Pool


def main():
    offset = 100

    def add(a, b):
        return a + b + offset

    alias = add
    with Pool(2) as pool:
        print(pool.starmap(alias, [(1, 2), (3, 4)]))  # PKL003
        print(pool.map(functools.partial(add, 10), [1, 2]))  # PKL003
        print(pool.map(partial(lambda a, b: a * b + offset, 2), [1, 2]))  # PKL002
    print(alias(0, 0))


if __name__ == "__main__":
    main()
