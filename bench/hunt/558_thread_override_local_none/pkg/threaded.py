import os
from concurrent.futures import ThreadPoolExecutor

from .base import Runner


class ThreadRunner(Runner):
    def _executor(self):
        workers = min(4, os.cpu_count() or 1)
        executor = ThreadPoolExecutor(workers)
        return executor
