from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pkg.runner import Runner

xs = [1, 2, 3]


def scaled(runner: "Runner", k):
    return runner.map(lambda x, q: q.put(x * k), xs)
