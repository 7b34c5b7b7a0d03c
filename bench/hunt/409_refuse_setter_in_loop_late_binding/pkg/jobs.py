import multiprocessing as mp


class Job:
    def __init__(self):
        self._fn = None
        self._args = ()

    def set_task(self, fn, *args):
        self._fn = fn
        self._args = args
        return self

    def start(self):
        p = mp.Process(target=self._fn, args=self._args)
        p.start()
        return p
