from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def __init__(self):
        self.executor_cls = ThreadPoolExecutor

    def map(self, fn, items):
        with self.executor_cls(max_workers=2) as ex:
            return list(ex.map(fn, items))


class Labeled(Runner):
    def __init__(self, label):
        super().__init__()
        self.label = label
        self.executor_cls = ProcessPoolExecutor
