"""Scale numbers in worker processes.

The fix needs functools: it belongs after this docstring and the __future__ import.
"""

from __future__ import annotations

from multiprocessing import Pool


def scale(values: list[int], factor: int) -> list[int]:
    with Pool(2) as pool:
        return pool.map(lambda v: v * factor, values)  # PKL002


if __name__ == "__main__":
    print(scale([1, 2], 5))
