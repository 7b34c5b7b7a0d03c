from __future__ import annotations

import multiprocessing
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def parallel_map(
    fn: Callable[[T], R], items: Iterable[T], processes: int = 2
) -> list[R]:
    with multiprocessing.Pool(processes) as pool:
        return pool.map(fn, items)
