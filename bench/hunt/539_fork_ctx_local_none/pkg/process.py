import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from .base import Runner


class ForkRunner(Runner):
    def _executor(self):
        ctx = multiprocessing.get_context("fork")
        return ProcessPoolExecutor(2, mp_context=ctx)
