# mode string compare; ProcRunner mode "process"
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    mode = "thread"
    def map(self, fn, xs):
        if self.mode == "process":
            ex = ProcessPoolExecutor(2)
        else:
            ex = ThreadPoolExecutor(2)
        with ex:
            return list(ex.map(fn, xs))
class ProcRunner(Runner):
    mode = "process"
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(ProcRunner().map(work, [1, 2, 3]))
