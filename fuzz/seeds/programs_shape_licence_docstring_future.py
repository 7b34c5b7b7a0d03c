# Copyright 2024 Example Corp.
# SPDX-License-Identifier: Apache-2.0
"""Batch tools: scale numbers in worker processes."""

from __future__ import annotations

from multiprocessing import Pool


def scale(xs: list[int], k: int) -> list[int]:
    with Pool(2) as pool:
        return pool.map(lambda x: x * k, xs)  # PKL002


if __name__ == "__main__":
    print(scale([1, 2, 3], 4))
