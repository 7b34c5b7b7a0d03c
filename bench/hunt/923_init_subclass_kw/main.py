# __init_subclass__ sets flag from class keyword via setattr loop
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    def __init_subclass__(cls, **kw):
        for k, v in kw.items():
            setattr(cls, k, v)
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
class ProcRunner(Runner, use_processes=True):
    pass
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(ProcRunner().map(work, [1, 2, 3]))
