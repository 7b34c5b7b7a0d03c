from concurrent.futures import ThreadPoolExecutor


class BatchRunner:
    workers = 2

    def _executor(self):
        return ThreadPoolExecutor(max_workers=self.workers)

    def run(self, fn, items):
        with self._executor() as ex:
            return list(ex.map(fn, items))
