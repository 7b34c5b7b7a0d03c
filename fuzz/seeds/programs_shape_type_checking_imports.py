from __future__ import annotations

from multiprocessing import Pool
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


def weigh(items: Sequence[str], weight: int) -> list[int]:
    def score(item: str) -> int:
        return len(item) * weight

    with Pool(2) as pool:
        return pool.map(score, items)  # PKL003


def total(values: Iterable[int]) -> int:
    return sum(values)


if __name__ == "__main__":
    print(total(weigh(["ab", "cde"], 3)))
