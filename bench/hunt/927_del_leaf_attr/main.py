# del Leaf.use_processes falls back to Mid True
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
class Mid(Runner):
    use_processes = True
class Leaf(Mid):
    use_processes = False
del Leaf.use_processes
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(Leaf().map(work, [1, 2, 3]))
