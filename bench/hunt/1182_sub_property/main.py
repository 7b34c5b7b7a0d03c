# subclass defines use_processes as property returning True -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    def map(self, fn, xs):
        if self.use_processes:
            cls = ProcessPoolExecutor
        else:
            cls = ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
class ProcRunner(Runner):
    @property
    def use_processes(self):
        return True
if __name__ == "__main__":
    def f(x): return x * 2
    print(ProcRunner().map(f, [1, 2, 3]))
