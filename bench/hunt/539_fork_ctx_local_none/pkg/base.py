from concurrent.futures import ThreadPoolExecutor


class Runner:
    def _executor(self):
        return ThreadPoolExecutor(2)

    def run(self, fn, items):
        with self._executor() as ex:
            return list(ex.map(fn, items))
