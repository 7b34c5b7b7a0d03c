from concurrent.futures import ThreadPoolExecutor

class Runner:
    def __init__(self, factory=None):
        self._factory = factory or ThreadPoolExecutor

    def run(self, fn, xs):
        with self._factory() as ex:
            return list(ex.map(fn, xs))
