# subclass body: use_processes: bool = True
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
    use_processes: bool = True
if __name__ == "__main__":
    def f(x): return x * 2
    print(R2().map(f, [1, 2, 3]))
