# class R(Mixin, Runner) where Mixin.use_processes=True -> MRO gives True -> process
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
class Mixin:
    use_processes = True
class R(Mixin, Runner):
    pass
if __name__ == "__main__":
    def f(x): return x * 2
    print(R().map(f, [1, 2, 3]))
