class PoolRunner:
    def __init__(self, executor_cls, workers):
        self.executor_cls = executor_cls
        self.workers = workers

    def map(self, fn, items):
        with self.executor_cls(max_workers=self.workers) as ex:
            return list(ex.map(fn, items))
