from concurrent.futures import ThreadPoolExecutor

from .base import BaseJobs


class IOJobs(BaseJobs):
    def _make_executor(self):
        return ThreadPoolExecutor(max_workers=4)
