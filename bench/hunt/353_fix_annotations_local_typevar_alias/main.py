# fix: the nested worker's annotations name `T`, a TypeVar, and `Pair`, an alias, both
# local to `main`; the module has no `from __future__ import annotations`, so a lifted
# `def` that keeps them as written fails with NameError when the module is imported.
import multiprocessing as mp
from typing import Sequence, TypeVar

from jobs import start


def main() -> None:
    T = TypeVar("T")
    Pair = tuple[str, int]
    sep = ":"
    q = mp.Queue()

    def work(out: mp.Queue, items: Sequence[T], head: Pair) -> None:
        rows: list[Pair] = [(f"{i}{sep}{x}", len(str(x))) for i, x in enumerate(items)]
        out.put([head, *rows])

    p = start(work, q, [7, 42, 100], ("n", 0))
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
