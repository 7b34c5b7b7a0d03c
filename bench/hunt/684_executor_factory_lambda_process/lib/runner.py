class Runner:
    def __init__(self, executor_factory):
        self._executor_factory = executor_factory

    def map(self, fn, items):
        with self._executor_factory() as ex:
            return list(ex.map(fn, items))
