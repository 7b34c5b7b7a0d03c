from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    """Map a function over items in a process or a thread pool."""

    def __init__(self, use_processes=True, workers=2):
        self.use_processes = use_processes
        self.workers = workers

    def map(self, fn, items):
        pool_cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with pool_cls(max_workers=self.workers) as pool:
            return list(pool.map(fn, items))
