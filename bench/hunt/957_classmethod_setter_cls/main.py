# classmethod enable() does cls.use_processes = True; Runner.enable() then Runner().map
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
    @classmethod
    def enable(cls):
        cls.use_processes = True
if __name__ == "__main__":
    def work(x):
        return x * 3
    Runner.enable()
    print(Runner().map(work, [1, 2, 3]))
