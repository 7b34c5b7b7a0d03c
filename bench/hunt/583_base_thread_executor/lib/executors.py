from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class BaseExecutor:
    executor_cls = ThreadPoolExecutor

    def __init__(self, workers=2):
        self.workers = workers

    def map(self, fn, items):
        with self.executor_cls(max_workers=self.workers) as ex:
            return list(ex.map(fn, items))


class ProcessExecutor(BaseExecutor):
    executor_cls = ProcessPoolExecutor
