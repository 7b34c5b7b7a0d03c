from concurrent.futures import ProcessPoolExecutor

from .base import Engine


class ProcessEngine(Engine):
    def __init__(self, workers=2, label="proc"):
        super().__init__(workers)
        self.label = label

    def _executor(self):
        return ProcessPoolExecutor(max_workers=self.workers)
