from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from .config import Config


class Runner:
    def __init__(self, config: Config):
        self.config = config

    def map(self, fn, items):
        if self.config.processes:
            ex = ProcessPoolExecutor(self.config.workers)
        else:
            ex = ThreadPoolExecutor(self.config.workers)
        with ex:
            return list(ex.map(fn, items))
