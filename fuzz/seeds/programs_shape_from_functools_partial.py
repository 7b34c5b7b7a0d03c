import operator
from functools import partial, reduce
from multiprocessing import Pool


def product(values):
    return reduce(operator.mul, values, 1)


def scaled_products(rows, factor):
    def scaled(row):
        return product(row) * factor

    with Pool(2) as pool:
        return list(pool.imap(scaled, rows))  # PKL003


if __name__ == "__main__":
    add_ten = partial(operator.add, 10)
    print([add_ten(x) for x in scaled_products([[1, 2], [3, 4]], 2)])
