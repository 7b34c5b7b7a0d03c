# flag bound to Enum member whose value is 0 (members are truthy)
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from enum import Enum
class Mode(Enum):
    THREAD = 0
    PROCESS = 1
class Runner:
    use_processes = False
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
class Sub(Runner):
    use_processes = Mode.THREAD
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(Sub().map(work, [1, 2, 3]))
