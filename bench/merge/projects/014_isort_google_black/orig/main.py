"""Resize jobs with a process pool (google-style imports)."""

from concurrent import futures
from functools import lru_cache
import math
import sys
from typing import List, Tuple


@lru_cache(maxsize=None)
def aspect(width: int, height: int) -> float:
    return width / height


def plan_resizes(sizes: List[Tuple[int, int]], target_width: int) -> List[str]:
    rounding_digits = 1

    def plan(size: Tuple[int, int]) -> str:
        w, h = size
        new_h = math.floor(target_width / aspect(w, h))
        ratio = round(aspect(w, h), rounding_digits)
        return f"{w}x{h} -> {target_width}x{new_h} ({ratio})"

    with futures.ProcessPoolExecutor(max_workers=2) as pool:
        return list(pool.map(plan, sizes))


if __name__ == "__main__":
    print(
        "\n".join(plan_resizes([(1920, 1080), (800, 600)], 320)),
        file=sys.stdout,
    )
