from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field


@dataclass
class Runner:
    pool: Executor = field(default_factory=ThreadPoolExecutor)

    def run(self, fn, xs):
        with self.pool:
            return list(self.pool.map(fn, xs))
