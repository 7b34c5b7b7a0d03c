# dataclass field use_processes passed to constructor
from dataclasses import dataclass
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
@dataclass
class Runner:
    use_processes: bool = False
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(Runner(use_processes=True).map(work, [1, 2, 3]))
