from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def _make_executor(self):
        return ThreadPoolExecutor(2)

    def map(self, fn, items):
        with self._make_executor() as ex:
            return list(ex.map(fn, items))


class ProcessRunner(Runner):
    def _make_executor(self):
        return ProcessPoolExecutor(2)
