from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field


def _default_executor():
    return ProcessPoolExecutor(max_workers=2)


@dataclass
class Context:
    name: str
    executor: ProcessPoolExecutor = field(default_factory=_default_executor)

    def submit_all(self, fn, xs):
        futs = [self.executor.submit(fn, x) for x in xs]
        return sorted(f.result() for f in futs)
