from .base import PooledBase


class Transformer(PooledBase):
    def __init__(self, data):
        super().__init__(workers=2)
        self.data = data

    def transform(self, fn):
        return sorted(self._map(fn, self.data))
