from concurrent.futures import ProcessPoolExecutor


class Runner:
    def __init__(self, workers=1):
        self.workers = workers

    def map(self, fn, items):
        with ProcessPoolExecutor(max_workers=self.workers) as ex:
            return list(ex.map(fn, items))
