from concurrent.futures import ProcessPoolExecutor


class Runner:
    def __init__(self, init=None, workers=2):
        self.init = init
        self.workers = workers

    def map(self, fn, items):
        with ProcessPoolExecutor(self.workers, initializer=self.init) as ex:
            return list(ex.map(fn, items))
