# flag set as with-statement target
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
import contextlib
with contextlib.nullcontext(True) as Runner.use_processes:
    pass
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(Runner().map(work, [1, 2, 3]))
