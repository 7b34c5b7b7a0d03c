#!/usr/bin/env python
# -*- coding: utf-8 -*-
#
# imgproc - batch thumbnail statistics
# Licensed under the MIT licence; see LICENSE for details.
"""Compute brightness statistics for a batch of synthetic images."""

from __future__ import annotations

import sys
from multiprocessing import Pool
from typing import Sequence

GAMMA = 2.2


def synthetic_image(seed: int, size: int = 8) -> list[int]:
    return [(seed * 31 + i * 7) % 256 for i in range(size * size)]


def run(seeds: Sequence[int], processes: int = 2) -> None:
    brightness_scale = 1.5
    with Pool(processes=processes) as pool:
        results = pool.map(
            lambda seed: round(sum(synthetic_image(seed)) / 64 * brightness_scale / GAMMA, 2), seeds
        )
    for seed, value in zip(seeds, results):
        print(seed, value)


if __name__ == "__main__":
    run(
        [1, 2, 3, 4],
        processes=int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 2,
    )
