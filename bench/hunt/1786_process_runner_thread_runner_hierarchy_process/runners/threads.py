from concurrent.futures import ThreadPoolExecutor

from .base import BaseRunner


class ThreadRunner(BaseRunner):
    def make_executor(self):
        return ThreadPoolExecutor(2)
