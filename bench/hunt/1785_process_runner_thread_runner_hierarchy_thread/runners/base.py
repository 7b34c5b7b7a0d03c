import abc


class BaseRunner(abc.ABC):
    @abc.abstractmethod
    def make_executor(self):
        ...

    def map(self, fn, items):
        with self.make_executor() as ex:
            return list(ex.map(fn, items))
