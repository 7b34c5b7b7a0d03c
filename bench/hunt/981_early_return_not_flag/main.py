# early return when not self.parallel; Runner parallel False -> parent
from concurrent.futures import ProcessPoolExecutor
class Runner:
    parallel = False
    def map(self, fn, xs):
        if not self.parallel:
            return list(map(fn, xs))
        with ProcessPoolExecutor(2) as ex:
            return list(ex.map(fn, xs))
class Par(Runner):
    parallel = True
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(Runner().map(work, [1, 2, 3]))
