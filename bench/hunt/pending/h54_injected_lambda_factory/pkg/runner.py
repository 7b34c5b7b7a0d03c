from concurrent.futures import ThreadPoolExecutor

class Runner:
    def __init__(self, executor_factory=ThreadPoolExecutor):
        self._factory = executor_factory

    def run(self, fn, xs):
        with self._factory() as ex:
            return list(ex.map(fn, xs))
