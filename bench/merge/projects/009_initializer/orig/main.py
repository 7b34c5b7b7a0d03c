"""Worker pool whose workers share a lookup table set up by an initializer."""

from __future__ import annotations

from multiprocessing import Pool
from typing import Dict, List

_TABLE: Dict[str, int] = {}


def lookup(key: str) -> int:
    return _TABLE.get(key, -1)


def run(keys: List[str]) -> List[int]:
    seed_values = {"a": 1, "b": 2, "c": 3}
    offset = 100

    def init_worker() -> None:
        _TABLE.update({k: v + offset for k, v in seed_values.items()})

    with Pool(2, initializer=init_worker) as pool:
        return pool.map(lookup, keys)


if __name__ == "__main__":
    print(run(["a", "c", "z"]))
