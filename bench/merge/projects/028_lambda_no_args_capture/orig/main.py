"""Fire off a few zero-argument jobs."""

from __future__ import annotations

import math
from concurrent.futures import ProcessPoolExecutor


def main() -> None:
    radius = 2.0
    height = 3.0
    with ProcessPoolExecutor(max_workers=2) as ex:
        jobs = {
            "area": ex.submit(lambda: round(math.pi * radius**2, 3)),
            "volume": ex.submit(lambda: round(math.pi * radius**2 * height, 3)),
            "circumference": ex.submit(lambda: round(2 * math.pi * radius, 3)),
        }
        for name, fut in jobs.items():
            print(name, fut.result())


if __name__ == "__main__":
    main()
