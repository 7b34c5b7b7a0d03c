# nested class Outer.Inner(Runner) with flag True
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
class Outer:
    class Inner(Runner):
        use_processes = True
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(Outer.Inner().map(work, [1, 2, 3]))
