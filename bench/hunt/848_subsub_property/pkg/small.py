from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from pkg.base import Runner


class Threaded(Runner):
    executor_class = ThreadPoolExecutor


class Heavy(Threaded):
    @property
    def executor_class(self):
        return ProcessPoolExecutor
