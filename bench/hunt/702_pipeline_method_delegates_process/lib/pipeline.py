from .runner import Runner


class Pipeline:
    def __init__(self, parallel=True):
        self.runner = Runner(use_processes=parallel)

    def run_step(self, fn, items):
        return self.runner.map(fn, items)
