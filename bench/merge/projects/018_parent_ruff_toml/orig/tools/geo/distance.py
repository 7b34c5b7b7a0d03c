"""Great-circle distances computed in worker processes."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

try:
    from concurrent.futures import ProcessPoolExecutor
except ImportError:  # pragma: no cover - very old interpreters
    ProcessPoolExecutor = None  # type: ignore[assignment,misc]

if TYPE_CHECKING:
    from collections.abc import Iterable

EARTH_RADIUS_KM = 6371.0


def haversine_all(
    pairs: Iterable[tuple[tuple[float, float], tuple[float, float]]], *, unit_divisor: float = 1.0
) -> list[float]:
    precision = 1

    def haversine(pair: tuple[tuple[float, float], tuple[float, float]]) -> float:
        (lat1, lon1), (lat2, lon2) = pair
        p1, p2 = math.radians(lat1), math.radians(lat2)
        dphi, dlmb = p2 - p1, math.radians(lon2 - lon1)
        a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
        return round(2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a)) / unit_divisor, precision)

    with ProcessPoolExecutor(max_workers=2) as executor:
        return list(executor.map(haversine, pairs))
