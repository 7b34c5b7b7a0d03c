from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field


@dataclass
class Named:
    name: str = "job"


@dataclass
class Runner(Named):
    pool: Executor = field(default_factory=ProcessPoolExecutor)

    def run(self, fn, xs):
        with self.pool:
            return self.name, list(self.pool.map(fn, xs))
