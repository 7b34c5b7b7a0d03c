import functools as ft
from multiprocessing import Pool

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from functools import partial


def settings():
    ft = {"scale": 3}
    return ft


def main():
    ft = settings()
    with Pool(2) as pool:
        print(pool.map(lambda x: x * ft["scale"], [1, 2, 3]))  # PKL002
    print(ft.get("scale"))


if __name__ == "__main__":
    print(ft.reduce(max, [1, 5, 2]))
    main()
