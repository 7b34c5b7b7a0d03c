from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

class Runner:
    def __init__(self, use_processes=False, workers=2):
        self.use_processes = use_processes
        self.workers = workers

    def _pool(self):
        if self.use_processes:
            return ProcessPoolExecutor(self.workers)
        return ThreadPoolExecutor(self.workers)

    def map(self, fn, xs):
        with self._pool() as ex:
            return list(ex.map(fn, xs))
