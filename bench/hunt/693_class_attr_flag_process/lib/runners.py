import multiprocessing
from multiprocessing.pool import ThreadPool


class Runner:
    use_processes = False

    def map(self, fn, items):
        pool_cls = multiprocessing.Pool if self.use_processes else ThreadPool
        with pool_cls(2) as pool:
            return pool.map(fn, items)


class ProcessRunner(Runner):
    use_processes = True
