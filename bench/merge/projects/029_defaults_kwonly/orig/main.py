"""Nested worker with defaults, keyword-only parameters and *args."""

from __future__ import annotations

from multiprocessing import Pool


def run(rows: list[tuple[int, ...]], separator: str = "|") -> list[str]:
    padding = 3

    def fmt(*cells: int, width: int = padding, sep: str = separator) -> str:
        return sep.join(str(c).rjust(width) for c in cells)

    with Pool(2) as pool:
        return pool.starmap(fmt, rows)


if __name__ == "__main__":
    for line in run([(1, 2), (30, 4, 5)]):
        print(line)
