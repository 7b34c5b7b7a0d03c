"""Platform-aware worker pool."""

from __future__ import annotations

import multiprocessing
import sys

if sys.platform == "win32":
    import ntpath as pathmod
else:
    import posixpath as pathmod

ROOT = "/srv/data"


def resolve_all(names: list[str], subdir: str = "incoming") -> list[str]:
    with multiprocessing.Pool(2) as pool:
        return sorted(
            pool.imap_unordered(lambda n: pathmod.join(ROOT, subdir, n), names)
        )


if __name__ == "__main__":
    print(resolve_all(["x.csv", "y.csv"]))
