# subclass defines method named use_processes (truthy bound method)
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
    def use_processes(self):
        return False
if __name__ == "__main__":
    def f(x): return x * 2
    print(R2().map(f, [1, 2, 3]))
