from multiprocessing import Pool

from .base import Runner


class ProcessRunner(Runner):
    def _make_pool(self, initializer):
        return Pool(2, initializer=initializer)
