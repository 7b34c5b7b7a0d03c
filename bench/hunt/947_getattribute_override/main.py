# subclass __getattribute__ returns True for the flag
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
class ProcRunner(Runner):
    def __getattribute__(self, n):
        if n == "use_processes":
            return True
        return super().__getattribute__(n)
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(ProcRunner().map(work, [1, 2, 3]))
