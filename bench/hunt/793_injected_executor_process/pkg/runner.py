class Runner:
    def __init__(self, executor):
        self._executor = executor

    def run(self, fn, xs):
        return sorted(self._executor.map(fn, xs))
