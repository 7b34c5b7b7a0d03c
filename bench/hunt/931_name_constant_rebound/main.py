# FLAG False then rebound True before class body uses it
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
FLAG = False
class Runner:
    use_processes = False
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
FLAG = True
class ProcRunner(Runner):
    use_processes = FLAG
FLAG = False
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(ProcRunner().map(work, [1, 2, 3]))
