from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass


@dataclass
class Runner:
    use_processes: bool = False

    def map(self, fn, items):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(max_workers=2) as ex:
            return list(ex.map(fn, items))
