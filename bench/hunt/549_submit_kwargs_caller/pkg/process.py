from concurrent.futures import ProcessPoolExecutor

from .base import Dispatcher


class ProcessDispatcher(Dispatcher):
    def _executor(self):
        return ProcessPoolExecutor(1)
