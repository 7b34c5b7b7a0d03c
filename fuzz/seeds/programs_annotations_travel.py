import os
from multiprocessing import Process
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from decimal import Decimal


class Config:
    def __init__(self, name):
        self.name = name


def worker(output_dir: str, config: Config, suffix: Optional[str] = None, *extra: int):
    limit: int = 5
    later: "Later" = Later()
    alias = list[int]
    sizes: alias = [1, 2]
    price: Decimal = 3
    label: Later = Later()

    def work(x):
        print(os.path.join(output_dir, config.name), suffix, limit, x)
        print(later, sizes, price, label, extra)

    p = Process(target=work, args=(1,))  # PKL003
    p.start()
    p.join()


class Later:
    def __repr__(self):
        return "Later()"


if __name__ == "__main__":
    worker("/tmp", Config("run"), "x", 1, 2)
