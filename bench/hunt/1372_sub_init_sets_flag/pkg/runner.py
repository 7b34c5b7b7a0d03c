from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def __init__(self):
        self.use_processes = False

    def map(self, fn, items):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(max_workers=2) as ex:
            return list(ex.map(fn, items))


class Labeled(Runner):
    def __init__(self, label):
        super().__init__()
        self.label = label
        self.use_processes = True
