from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def make_executor(self):
        return ProcessPoolExecutor(max_workers=2)

    def map(self, fn, items):
        with self.make_executor() as ex:
            return list(ex.map(fn, items))


class Labeled(Runner):
    def __init__(self, label):
        self.label = label

    def make_executor(self):
        return ThreadPoolExecutor(max_workers=2)
