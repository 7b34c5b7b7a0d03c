from multiprocessing import Process


class Supervisor:
    def __init__(self, fn, items):
        self.fn = fn
        self.items = items
        self._proc = None

    def _loop(self):
        for it in self.items:
            self.fn(it)

    def start(self):
        proc = Process(target=self._loop)
        proc.start()
        self._proc = proc

    def join(self):
        self._proc.join()
