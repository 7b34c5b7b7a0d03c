from concurrent.futures import ThreadPoolExecutor
class Runner:
    def __init__(self, executor_cls=ThreadPoolExecutor):
        self.executor_cls = executor_cls
    def map(self, fn, items):
        with self.executor_cls(2) as ex:
            return list(ex.map(fn, items))
