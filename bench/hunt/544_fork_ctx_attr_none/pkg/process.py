import multiprocessing

from .base import Runner


class ForkRunner(Runner):
    def __init__(self):
        self._ctx = multiprocessing.get_context("fork")

    def _make_pool(self):
        return self._ctx.Pool(2)
