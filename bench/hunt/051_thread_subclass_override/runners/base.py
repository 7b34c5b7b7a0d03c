from concurrent.futures import ProcessPoolExecutor


class Runner:
    workers = 2

    def _executor(self):
        return ProcessPoolExecutor(max_workers=self.workers)

    def run(self, fn, items):
        with self._executor() as ex:
            return list(ex.map(fn, items))
