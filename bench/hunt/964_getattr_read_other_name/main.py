# map reads getattr(self, self.flag_name); name attr flips
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    other = True
    flag_name = "use_processes"
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if getattr(self, self.flag_name) else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
class Sub(Runner):
    flag_name = "other"
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(Sub().map(work, [1, 2, 3]))
