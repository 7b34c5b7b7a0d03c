from multiprocessing import Pool

from .base import Runner


class ProcessRunner(Runner):
    @classmethod
    def _make_pool(cls):
        return Pool(cls.workers)
