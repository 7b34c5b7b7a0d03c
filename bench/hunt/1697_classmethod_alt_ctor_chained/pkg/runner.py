from concurrent.futures import ProcessPoolExecutor


class Runner:
    def __init__(self, workers=1):
        self.workers = workers

    @classmethod
    def with_workers(cls, n):
        return cls(workers=n)

    def map(self, fn, xs):
        with ProcessPoolExecutor(self.workers) as ex:
            return list(ex.map(fn, xs))
