import functools
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field


def make_pool():
    return ProcessPoolExecutor(2)


@dataclass
class Runner:
    pool: Executor = field(default_factory=make_pool)

    def run(self, fn, xs):
        return list(self.pool.map(fn, xs))
