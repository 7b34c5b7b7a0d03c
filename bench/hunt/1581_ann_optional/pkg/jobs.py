from typing import Optional

from pkg.runner import Runner

xs = [1, 2, 3]


def scaled(runner: Optional[Runner], k):
    if runner is None:
        runner = Runner()
    return runner.map(lambda x, q: q.put(x * k), xs)
