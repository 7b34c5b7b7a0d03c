import concurrent.futures as cf
from dataclasses import dataclass, field


@dataclass
class Runner:
    workers: int = 2
    pool: cf.ProcessPoolExecutor = field(default_factory=cf.ProcessPoolExecutor)

    def run(self, fn, xs):
        return sorted(self.pool.map(fn, xs))
