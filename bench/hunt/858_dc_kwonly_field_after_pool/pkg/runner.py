from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field


@dataclass
class Runner:
    pool: Executor = field(default_factory=ProcessPoolExecutor)
    label: str = field(default="r", kw_only=True)

    def run(self, fn, xs):
        with self.pool:
            return self.label, list(self.pool.map(fn, xs))
