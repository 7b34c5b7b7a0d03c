# global USE_THREADS=False, class attr USE_THREADS=True; bare name in method refers to the GLOBAL -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = False
class Runner:
    USE_THREADS = True
    def map(self, fn, xs):
        cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(Runner().map(f, [1, 2, 3]))
