from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

class Runner:
    use_processes = False

    def map(self, fn, xs):
        pool = ProcessPoolExecutor(2) if self.use_processes else ThreadPoolExecutor(2)
        with pool:
            return list(pool.map(fn, xs))

class ProcRunner(Runner):
    use_processes = True
