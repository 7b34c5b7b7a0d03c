from .runner import Runner

class Pipeline:
    def __init__(self, runner=None):
        self.runner = runner or Runner()

    def run_step(self, fn, xs):
        return self.runner.map(fn, xs)

def run_with(runner, fn, xs):
    return runner.map(fn, xs)
