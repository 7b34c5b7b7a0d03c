from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field


@dataclass
class Runner:
    pool: Executor = field(default_factory=ProcessPoolExecutor)
    strict: bool = True

    def __post_init__(self):
        if self.strict and not isinstance(self.pool, ProcessPoolExecutor):
            self.pool.shutdown()
            self.pool = ProcessPoolExecutor(2)

    def run(self, fn, xs):
        with self.pool:
            return list(self.pool.map(fn, xs))
