from multiprocessing import Pool


class Engine:
    def __init__(self, workers):
        self.workers = workers

    @classmethod
    def from_config(cls, cfg):
        return cls(cfg["workers"])

    def run(self, fn, xs):
        with Pool(self.workers) as p:
            return sorted(p.map(fn, xs))
