from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def __init__(self, use_processes=True, workers=2):
        self.use_processes = use_processes
        self.workers = workers

    def map(self, fn, items):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(max_workers=self.workers) as pool:
            return list(pool.map(fn, items))
