# global USE_THREADS=True, class attr USE_THREADS=False; bare name in method is the GLOBAL -> thread
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
USE_THREADS = True
class Runner:
    USE_THREADS = False
    def map(self, fn, xs):
        cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(Runner().map(f, [1, 2, 3]))
