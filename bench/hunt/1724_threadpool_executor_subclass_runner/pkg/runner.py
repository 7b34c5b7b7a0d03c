from .pools import NamedThreadPool


class Runner:
    def __init__(self):
        self._pool = NamedThreadPool("runner")

    def run(self, fn, *args):
        return self._pool.submit(fn, *args).result()

    def close(self):
        self._pool.shutdown()
