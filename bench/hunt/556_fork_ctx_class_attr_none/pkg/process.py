import multiprocessing

from .base import Runner


class ForkRunner(Runner):
    ctx = multiprocessing.get_context("fork")

    def _make_pool(self):
        return self.ctx.Pool(2)
