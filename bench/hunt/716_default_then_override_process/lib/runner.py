from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def __init__(self, processes=False, workers=2):
        self.executor_cls = ThreadPoolExecutor
        if processes:
            self.executor_cls = ProcessPoolExecutor
        self.workers = workers

    def map(self, fn, items):
        with self.executor_cls(self.workers) as ex:
            return list(ex.map(fn, items))
