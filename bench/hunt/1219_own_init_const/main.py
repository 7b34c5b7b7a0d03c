# class attr use_processes=False, own __init__ sets self.use_processes = True unconditionally -> process
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    def __init__(self):
        self.use_processes = True
    def map(self, fn, xs):
        if self.use_processes:
            with ProcessPoolExecutor(2) as ex:
                return list(ex.map(fn, xs))
        return [fn(x) for x in xs]
if __name__ == "__main__":
    def f(x): return x * 2
    print(Runner().map(f, [1, 2, 3]))
