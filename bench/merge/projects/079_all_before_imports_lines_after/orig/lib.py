# Licensed under the Apache License, Version 2.0
"""Library module that declares __all__ before its imports."""

from __future__ import annotations


__all__ = ["scale_all"]

import math
from multiprocessing import Pool


def scale_all(values: list[float], factor: float) -> list[float]:
    def scale(v: float) -> float:
        return math.floor(v * factor)

    with Pool(2) as pool:
        return pool.map(scale, values)
