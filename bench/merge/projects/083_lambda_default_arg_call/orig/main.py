"""Lambda default evaluated once at creation time."""

import itertools
from multiprocessing import Pool

_counter = itertools.count(1)


def run(values):
    with Pool(2) as pool:
        return pool.map(lambda v, k=next(_counter): v * k, values)


if __name__ == "__main__":
    print(run([1, 2]), next(_counter))
