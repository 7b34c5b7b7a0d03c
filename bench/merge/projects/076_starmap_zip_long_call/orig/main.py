"""Long call sites in a 79-column project."""

from __future__ import annotations

import itertools
from multiprocessing import Pool


def combine(
    left_values: list[int],
    right_values: list[int],
    *,
    multiplication_factor: int = 2,
    additive_offset: int = 0,
) -> list[int]:
    with Pool(2) as pool:
        return pool.starmap(
            lambda a, b: a * b * multiplication_factor + additive_offset,
            zip(left_values, itertools.cycle(right_values)),
            chunksize=1,
        )


if __name__ == "__main__":
    print(combine([1, 2, 3], [10], additive_offset=5))
