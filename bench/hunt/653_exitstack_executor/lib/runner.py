import contextlib
from concurrent.futures import ProcessPoolExecutor


class Runner:
    def __init__(self):
        self._stack = contextlib.ExitStack()
        self._ex = self._stack.enter_context(ProcessPoolExecutor(2))

    def map(self, fn, xs):
        return list(self._ex.map(fn, xs))

    def close(self):
        self._stack.close()
