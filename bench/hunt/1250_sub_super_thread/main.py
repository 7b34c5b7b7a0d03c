# subclass __init__ calls super().__init__(ThreadPoolExecutor) -> thread
from functools import partial
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Pool:
    def __init__(self, factory=partial(ProcessPoolExecutor, max_workers=2)):
        self.factory = factory
    def map(self, fn, xs):
        with self.factory() as ex:
            return list(ex.map(fn, xs))
class TPool(Pool):
    def __init__(self):
        super().__init__(ThreadPoolExecutor)
if __name__ == "__main__":
    def f(x): return x * 2
    print(TPool().map(f, [1, 2, 3]))
