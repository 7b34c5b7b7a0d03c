from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def __init__(self, use_processes=False, workers=2):
        self._cls = ProcessPoolExecutor if use_processes else ThreadPoolExecutor
        self.workers = workers

    def map(self, fn, items):
        with self._cls(self.workers) as ex:
            return list(ex.map(fn, items))
