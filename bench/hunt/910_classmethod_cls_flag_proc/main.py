# classmethod reads cls.use_processes; ProcRunner.map
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    @classmethod
    def map(cls, fn, xs):
        pool = ProcessPoolExecutor if cls.use_processes else ThreadPoolExecutor
        with pool(2) as ex:
            return list(ex.map(fn, xs))
class ProcRunner(Runner):
    use_processes = True
if __name__ == "__main__":
    def work(x):
        return x * 3
    print(ProcRunner.map(work, [1, 2, 3]))
