# subclass __init__(flag) sets self.use_processes = flag; called with True
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
class R2(Runner):
    def __init__(self, flag=False):
        self.use_processes = flag
if __name__ == "__main__":
    def f(x): return x * 2
    print(R2(True).map(f, [1, 2, 3]))
