from concurrent.futures import ThreadPoolExecutor

from .base import Runner


class ThreadRunner(Runner):
    """For I/O-bound callables, and for closures that cannot be pickled."""

    def _executor(self):
        return ThreadPoolExecutor(max_workers=self.workers)
