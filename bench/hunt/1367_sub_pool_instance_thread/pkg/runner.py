from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def __init__(self):
        self.pool = ProcessPoolExecutor(max_workers=2)

    def map(self, fn, items):
        return list(self.pool.map(fn, items))

    def close(self):
        self.pool.shutdown()


class Labeled(Runner):
    def __init__(self, label):
        self.label = label
        self.pool = ThreadPoolExecutor(max_workers=2)
