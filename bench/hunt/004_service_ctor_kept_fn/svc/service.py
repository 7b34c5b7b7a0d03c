import multiprocessing


class BackgroundService:
    """Runs ``func`` over a number of ticks in a child process."""

    def __init__(self, func, ticks, sink):
        self.func = func
        self.ticks = ticks
        self.sink = sink
        self._proc = None

    def _loop(self):
        for tick in range(self.ticks):
            self.sink.put((tick, self.func(tick)))
        self.sink.put(None)

    def start(self):
        self._proc = multiprocessing.Process(target=self._loop, daemon=True)
        self._proc.start()
        return self

    def join(self):
        self._proc.join()
