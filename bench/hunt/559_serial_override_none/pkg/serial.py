from .base import Runner


class SerialRunner(Runner):
    def run(self, fn, items):
        return [fn(x) for x in items]
