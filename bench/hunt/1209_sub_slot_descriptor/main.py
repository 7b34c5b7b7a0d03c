# subclass use_processes = staticmethod-free lambda-ish truthy object: use_processes = object()
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
class ProcRunner(Runner):
    use_processes = object()
if __name__ == "__main__":
    def f(x): return x * 2
    print(ProcRunner().map(f, [1, 2, 3]))
