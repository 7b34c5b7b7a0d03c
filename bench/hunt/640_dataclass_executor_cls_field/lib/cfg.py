from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass


@dataclass
class RunConfig:
    workers: int = 2
    executor_cls: type = ProcessPoolExecutor

    def run(self, fn, xs):
        with self.executor_cls(self.workers) as ex:
            return list(ex.map(fn, xs))
