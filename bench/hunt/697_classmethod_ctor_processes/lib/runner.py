from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def __init__(self, use_processes=False, workers=2):
        self.use_processes = use_processes
        self.workers = workers

    @classmethod
    def processes(cls, workers=2):
        return cls(use_processes=True, workers=workers)

    @classmethod
    def threads(cls, workers=2):
        return cls(use_processes=False, workers=workers)

    def map(self, fn, items):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(self.workers) as ex:
            return list(ex.map(fn, items))
