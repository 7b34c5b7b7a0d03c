from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def __init__(self, use_processes=False):
        self.use_processes = use_processes

    def map(self, fn, items):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(max_workers=2) as ex:
            return list(ex.map(fn, items))


class CpuRunner(Runner):
    def __init__(self, label):
        super().__init__(use_processes=True)
        self.label = label
