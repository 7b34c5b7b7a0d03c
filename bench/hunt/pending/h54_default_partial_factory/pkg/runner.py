from concurrent.futures import ProcessPoolExecutor
from functools import partial as P

class Runner:
    def __init__(self, factory=P(ProcessPoolExecutor, max_workers=2)):
        self.factory = factory

    def submit_all(self, fn, xs):
        ex = self.factory()
        try:
            return [fut.result() for fut in [ex.submit(fn, x) for x in xs]]
        finally:
            ex.shutdown()
