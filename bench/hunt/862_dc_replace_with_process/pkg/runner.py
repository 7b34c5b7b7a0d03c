from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field


@dataclass
class Runner:
    pool: Executor = field(default_factory=ProcessPoolExecutor)

    def run(self, fn, xs):
        with self.pool:
            return list(self.pool.map(fn, xs))
