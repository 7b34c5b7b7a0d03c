import multiprocessing


class Deferred:
    """Collect jobs now; run each in its own process when ``run_pending`` is called."""

    def __init__(self):
        self._pending = []

    def schedule(self, fn, *args):
        self._pending.append((fn, args))

    def run_pending(self):
        procs = [multiprocessing.Process(target=f, args=a) for f, a in self._pending]
        self._pending.clear()
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join()
        return len(procs)
