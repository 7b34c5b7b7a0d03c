# diamond D(B, C) with C True, B pass: C3 MRO gives True
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
class B(Runner):
    pass
class C(Runner):
    use_processes = True
class D(B, C):
    pass
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(D().map(work, [1, 2, 3]))
