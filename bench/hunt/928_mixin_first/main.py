# ProcMixin(True) before Runner in bases -> processes
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
class ProcMixin:
    use_processes = True
class Mixed(ProcMixin, Runner):
    pass
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(Mixed().map(work, [1, 2, 3]))
