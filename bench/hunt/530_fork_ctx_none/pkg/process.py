import multiprocessing

from .base import Runner


class ForkRunner(Runner):
    def _make_pool(self):
        return multiprocessing.get_context("fork").Pool(2)
