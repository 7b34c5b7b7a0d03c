from concurrent.futures import ProcessPoolExecutor


class Runner:
    def _executor(self):
        return ProcessPoolExecutor(2)

    def run(self, fn, items):
        with self._executor() as ex:
            return list(ex.map(fn, items))
