# p = Pool(); p = Pool(Thread); p.map -> thread
from functools import partial
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Pool:
    def __init__(self, factory=partial(ProcessPoolExecutor, max_workers=2)):
        self.factory = factory
    def map(self, fn, xs):
        with self.factory() as ex:
            return list(ex.map(fn, xs))

if __name__ == "__main__":
    def f(x): return x * 2
    p = Pool()
    p = Pool(ThreadPoolExecutor)
    print(p.map(f, [1, 2, 3]))
