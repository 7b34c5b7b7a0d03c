"""Initializer and mapped function both closures in the same function."""

from __future__ import annotations

import os
from multiprocessing import Pool

_STATE: dict[str, str] = {}


def main(app_name: str, items: list[int]) -> None:
    prefix = app_name.upper()

    def init(tag: str) -> None:
        _STATE["tag"] = f"{prefix}:{tag}"

    def handle(item: int) -> str:
        return f"{_STATE['tag']}#{item}"

    with Pool(2, initializer=init, initargs=(os.path.basename("/x/worker"),)) as pool:
        print(pool.map(handle, items))
        print(pool.map(lambda i: -i, items))


if __name__ == "__main__":
    main("svc", [1, 2, 3])
