from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from .kinds import Kind


class Runner:
    def __init__(self, kind=Kind.SERIAL, workers=2):
        self.kind = kind
        self.workers = workers

    def map(self, fn, items):
        if self.kind is Kind.PROCESS:
            ex = ProcessPoolExecutor(self.workers)
        elif self.kind is Kind.THREAD:
            ex = ThreadPoolExecutor(self.workers)
        else:
            return [fn(x) for x in items]
        with ex:
            return list(ex.map(fn, items))
