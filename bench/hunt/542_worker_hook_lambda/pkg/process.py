import multiprocessing

from .base import Launcher


class ProcessLauncher(Launcher):
    def _make_worker(self, target, args):
        return multiprocessing.Process(target=target, args=args)
