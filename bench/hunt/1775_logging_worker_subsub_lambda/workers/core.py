from multiprocessing import Process


class Worker(Process):
    def __init__(self, fn, queue):
        super().__init__(daemon=True)
        self._fn = fn
        self._queue = queue

    def run(self):
        self._queue.put(self.execute())

    def execute(self):
        return self._fn()
