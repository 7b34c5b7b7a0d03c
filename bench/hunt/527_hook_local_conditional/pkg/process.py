import os
from multiprocessing import Pool

from .base import Runner


class ProcessRunner(Runner):
    def _make_pool(self):
        n = os.cpu_count() or 1
        if n > 2:
            pool = Pool(2)
        else:
            pool = Pool(1)
        return pool
