import multiprocessing

from .base import Runner


class SpawnRunner(Runner):
    def _make_pool(self):
        return multiprocessing.get_context("spawn").Pool(2)
