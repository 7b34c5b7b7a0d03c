from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def __init__(self, use_processes=True, workers=2):
        self.use_processes = use_processes
        self.workers = workers

    def map(self, fn, items):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(self.workers) as ex:
            return list(ex.map(fn, items))


class ThreadRunner(Runner):
    def __init__(self, workers=2):
        super().__init__(use_processes=False, workers=workers)
