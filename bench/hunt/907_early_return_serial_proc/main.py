# serial early return; ParRunner(serial False) -> processes
from concurrent.futures import ProcessPoolExecutor
class Runner:
    serial = True
    def map(self, fn, xs):
        if self.serial:
            return [fn(x) for x in xs]
        with ProcessPoolExecutor(2) as ex:
            return list(ex.map(fn, xs))
class ParRunner(Runner):
    serial = False
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(ParRunner().map(work, [1, 2, 3]))
