from concurrent.futures import ProcessPoolExecutor

from .base import BatchRunner


class ProcessBatchRunner(BatchRunner):
    """Same API, but CPU-bound work goes to processes."""

    def _executor(self):
        return ProcessPoolExecutor(max_workers=self.workers)
