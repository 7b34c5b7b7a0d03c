from concurrent.futures import ProcessPoolExecutor
from functools import cached_property


class Runner:
    def __init__(self, workers=2):
        self.workers = workers

    @cached_property
    def executor(self):
        return ProcessPoolExecutor(self.workers)

    def map(self, fn, xs):
        return list(self.executor.map(fn, xs))
