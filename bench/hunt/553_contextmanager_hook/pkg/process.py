import contextlib
from multiprocessing import Pool

from .base import Runner


class ProcessRunner(Runner):
    @contextlib.contextmanager
    def _pool(self):
        with Pool(2) as pool:
            yield pool
