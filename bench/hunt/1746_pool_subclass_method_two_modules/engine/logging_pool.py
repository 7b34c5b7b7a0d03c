from .pools import ChunkedPool


class LoggingPool(ChunkedPool):
    def pmap(self, fn, items):
        out = super().pmap(fn, items)
        return out
