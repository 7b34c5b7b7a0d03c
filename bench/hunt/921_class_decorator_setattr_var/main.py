# class decorator sets flag via setattr with variable name
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
FLAG_NAME = "use_processes"
def procs(c):
    setattr(c, FLAG_NAME, True)
    return c
class Runner:
    use_processes = False
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
@procs
class ProcRunner(Runner):
    pass
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(ProcRunner().map(work, [1, 2, 3]))
