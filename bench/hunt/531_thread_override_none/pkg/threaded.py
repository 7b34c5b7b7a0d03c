from multiprocessing.pool import ThreadPool

from .base import Runner


class ThreadRunner(Runner):
    def _make_pool(self):
        return ThreadPool(2)
