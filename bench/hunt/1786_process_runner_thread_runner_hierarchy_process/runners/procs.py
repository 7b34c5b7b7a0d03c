from concurrent.futures import ProcessPoolExecutor

from .base import BaseRunner


class ProcessRunner(BaseRunner):
    def make_executor(self):
        return ProcessPoolExecutor(2)
