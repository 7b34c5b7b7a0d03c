import functools
import multiprocessing as mp


class Job:
    def __init__(self, q):
        self.q = q

    def set_task(self, fn, *args):
        self._fn = functools.partial(fn, self.q)
        self._args = args
        return self

    def start(self):
        p = mp.Process(target=self._fn, args=self._args)
        p.start()
        return p
