# map itself sets self.use_processes = True before testing -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    def map(self, fn, xs):
        if len(xs) > 2:
            self.use_processes = True
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(Runner().map(f, [1, 2, 3]))
