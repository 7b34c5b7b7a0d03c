# subclass flag = bool(1) (call, not literal)
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
class Sub(Runner):
    use_processes = bool(1)
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(Sub().map(work, [1, 2, 3]))
