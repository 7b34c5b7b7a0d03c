from multiprocessing import Pool

from .base import Runner


class ProcessRunner(Runner):
    def _make_pool(self):
        return Pool(2)

    def _chunksize(self, items):
        return max(1, len(items) // 4)
