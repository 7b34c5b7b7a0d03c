from concurrent.futures import ThreadPoolExecutor


class Runner:
    def __init__(self, executor_cls=ThreadPoolExecutor, max_workers=2):
        self.executor_cls = executor_cls
        self.max_workers = max_workers

    def map(self, fn, items):
        with self.executor_cls(max_workers=self.max_workers) as ex:
            return list(ex.map(fn, items))
