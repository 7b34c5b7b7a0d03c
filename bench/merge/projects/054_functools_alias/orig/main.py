"""Already imports functools under an alias."""

import functools as ft
from multiprocessing import Pool


@ft.lru_cache(maxsize=8)
def base(n):
    return n * 100


def run(values, delta):
    with Pool(2) as pool:
        return pool.map(lambda v: base(v) + delta, values)


if __name__ == "__main__":
    print(run([1, 2, 3], 7))
