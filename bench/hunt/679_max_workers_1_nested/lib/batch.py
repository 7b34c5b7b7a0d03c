from concurrent.futures import ProcessPoolExecutor


class BatchRunner:
    def __init__(self, max_workers=None):
        self.max_workers = max_workers

    def run(self, fn, batches):
        if self.max_workers is not None and self.max_workers <= 1:
            return [fn(b) for b in batches]
        with ProcessPoolExecutor(self.max_workers) as ex:
            return list(ex.map(fn, batches))
