# subclass defines __init__ without super().__init__(); inherited map always uses ProcessPoolExecutor (no flags) -> process
from concurrent.futures import ProcessPoolExecutor
class Runner:
    def map(self, fn, xs):
        with ProcessPoolExecutor(2) as ex:
            return list(ex.map(fn, xs))
class ProcRunner(Runner):
    def __init__(self):
        self.k = 1
if __name__ == "__main__":
    def f(x): return x * 2
    print(ProcRunner().map(f, [1, 2, 3]))
