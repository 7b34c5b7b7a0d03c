from .runner import Runner

class Pipeline:
    def __init__(self, parallel=True):
        self.parallel = parallel

    def run_step(self, fn, xs):
        return Runner(use_processes=self.parallel).map(fn, xs)
