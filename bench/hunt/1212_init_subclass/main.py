# Runner subclass hook __init_subclass__ in mixin sets True
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
class Hook:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.use_processes = True
class R2(Runner, Hook):
    pass
if __name__ == "__main__":
    def f(x): return x * 2
    print(R2().map(f, [1, 2, 3]))
