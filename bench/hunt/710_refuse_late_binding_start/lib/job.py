import multiprocessing


class Job:
    """A process made up front and started later."""

    def __init__(self, fn):
        self._proc = multiprocessing.Process(target=fn)

    def start(self):
        self._proc.start()

    def wait(self):
        self._proc.join()
