# Runner instance, then helper function sets r.use_processes = True
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
def turn_on(r):
    r.use_processes = True
if __name__ == "__main__":
    def f(x): return x * 2
    r = Runner()
    turn_on(r)
    print(r.map(f, [1, 2, 3]))
