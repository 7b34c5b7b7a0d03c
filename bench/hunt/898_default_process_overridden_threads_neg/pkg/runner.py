from concurrent.futures import ProcessPoolExecutor

class Runner:
    def __init__(self, executor_factory=ProcessPoolExecutor):
        self._factory = executor_factory

    def run(self, fn, xs):
        with self._factory() as ex:
            return list(ex.map(fn, xs))
