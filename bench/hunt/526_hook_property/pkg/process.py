from multiprocessing import Pool

from .base import Runner


class ProcessRunner(Runner):
    @property
    def pool(self):
        return Pool(2)
