# __init__ stores a parameter in the flag; Runner(True).map
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    def __init__(self, procs=False):
        self.use_processes = procs
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(Runner(True).map(work, [1, 2, 3]))
