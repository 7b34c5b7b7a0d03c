from concurrent.futures import ThreadPoolExecutor

from .mixins import ParallelMixin


class IOPipeline(ParallelMixin):
    executor_cls = ThreadPoolExecutor

    def __init__(self, name):
        self.name = name
