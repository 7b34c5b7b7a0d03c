# class attr use_processes=False, own __init__(use_processes=False) stores self.use_processes; Runner(use_processes=True) -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    def __init__(self, use_processes=False):
        self.use_processes = use_processes
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(Runner(use_processes=True).map(f, [1, 2, 3]))
