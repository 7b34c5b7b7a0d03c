import multiprocessing.dummy

from .base import Runner


class ThreadRunner(Runner):
    def _make_pool(self):
        return multiprocessing.dummy.Pool(2)
