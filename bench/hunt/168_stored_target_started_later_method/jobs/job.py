import multiprocessing


class Job:
    def __init__(self, name):
        self.name = name
        self._fn = None
        self._args = ()

    def set_target(self, fn, *args):
        self._fn = fn
        self._args = args
        return self

    def run(self):
        proc = multiprocessing.Process(target=self._fn, args=self._args, name=self.name)
        proc.start()
        proc.join()
        return proc.exitcode
