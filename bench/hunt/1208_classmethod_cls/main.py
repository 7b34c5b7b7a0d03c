# classmethod on subclass sets cls.use_processes = True
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
    @classmethod
    def enable(cls):
        cls.use_processes = True
if __name__ == "__main__":
    def f(x): return x * 2
    R2.enable()
    print(R2().map(f, [1, 2, 3]))
