# classmethod enable() sets cls.use_processes = True -> process
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
def enable():
    Runner.use_processes = True
if __name__ == "__main__":
    def f(x): return x * 2
    enable()
    print(Runner().map(f, [1, 2, 3]))
