import abc
import multiprocessing as mp


class BaseWorker(mp.Process, abc.ABC):
    def __init__(self, queue):
        super().__init__()
        self.queue = queue

    @abc.abstractmethod
    def produce(self):
        ...

    def run(self):
        self.queue.put(self.produce())
