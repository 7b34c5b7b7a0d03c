# subclass method enable() sets self.use_processes = True (returns self)
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
    def enable(self):
        self.use_processes = True
        return self
if __name__ == "__main__":
    def f(x): return x * 2
    r = R2()
    r.enable()
    print(r.map(f, [1, 2, 3]))
