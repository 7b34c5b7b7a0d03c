from concurrent.futures import ThreadPoolExecutor


class Engine:
    def __init__(self, workers=2):
        self.workers = workers

    def _executor(self):
        return ThreadPoolExecutor(self.workers)

    def run(self, fn, items):
        with self._executor() as ex:
            return list(ex.map(fn, items))
