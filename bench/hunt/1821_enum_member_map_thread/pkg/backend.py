from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from enum import Enum


class Backend(Enum):
    PROCESS = "process"
    THREAD = "thread"

    def executor(self, workers=2):
        if self is Backend.PROCESS:
            return ProcessPoolExecutor(workers)
        return ThreadPoolExecutor(workers)

    def map(self, fn, items):
        with self.executor() as ex:
            return list(ex.map(fn, items))
