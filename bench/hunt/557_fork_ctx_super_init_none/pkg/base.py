import multiprocessing
from concurrent.futures import ProcessPoolExecutor


class Runner:
    def __init__(self, method=None):
        self.ctx = multiprocessing.get_context(method)

    def _executor(self):
        return ProcessPoolExecutor(2, mp_context=self.ctx)

    def run(self, fn, items):
        with self._executor() as ex:
            return list(ex.map(fn, items))
