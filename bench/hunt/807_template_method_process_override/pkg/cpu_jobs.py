from concurrent.futures import ProcessPoolExecutor

from .base import BaseJobs


class CpuJobs(BaseJobs):
    def _make_executor(self):
        return ProcessPoolExecutor(max_workers=2)
