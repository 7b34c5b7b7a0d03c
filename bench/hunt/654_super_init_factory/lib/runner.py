from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    def __init__(self, executor_factory=ThreadPoolExecutor):
        self._factory = executor_factory

    def map(self, fn, xs):
        with self._factory(2) as ex:
            return list(ex.map(fn, xs))


class ProcessRunner(Runner):
    def __init__(self):
        super().__init__(ProcessPoolExecutor)
