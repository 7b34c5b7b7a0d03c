# class decorator sets use_processes = True on the subclass
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    def map(self, fn, xs):
        if self.use_processes:
            cls = ProcessPoolExecutor
        else:
            cls = ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
def procs(c):
    c.use_processes = True
    return c
@procs
class R2(Runner):
    pass
if __name__ == "__main__":
    def f(x): return x * 2
    print(R2().map(f, [1, 2, 3]))
