"""Imports with aliases wrapped one per line."""

from __future__ import annotations

from concurrent.futures import (
    ProcessPoolExecutor as Executor,
    as_completed as completed,
)


def squares(values: list[int], bias: int) -> list[int]:
    def sq(v: int) -> int:
        return v * v + bias

    with Executor(max_workers=2) as ex:
        futs = {ex.submit(sq, v): v for v in values}
        return sorted(f.result() for f in completed(futs))


if __name__ == "__main__":
    print(squares([3, 1, 2], 1))
