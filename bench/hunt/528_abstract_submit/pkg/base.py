import abc


class Dispatcher(abc.ABC):
    @abc.abstractmethod
    def _executor(self):
        ...

    def dispatch(self, fn, *args):
        with self._executor() as ex:
            return ex.submit(fn, *args).result()
