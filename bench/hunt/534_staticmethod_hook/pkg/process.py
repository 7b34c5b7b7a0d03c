from concurrent.futures import ProcessPoolExecutor

from .base import Runner


class ProcessRunner(Runner):
    @staticmethod
    def _executor():
        return ProcessPoolExecutor(2)
