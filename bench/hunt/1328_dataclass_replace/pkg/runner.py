from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass


@dataclass(frozen=True)
class Runner:
    use_processes: bool = False
    workers: int = 2

    def map(self, fn, items):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(max_workers=self.workers) as ex:
            return list(ex.map(fn, items))


DEFAULT = Runner()
