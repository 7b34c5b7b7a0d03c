from .mixins import ParallelMixin


class Base:
    def __init__(self, items):
        self.items = list(items)


class Pipeline(ParallelMixin, Base):
    def filter(self, pred):
        flags = self.pmap(pred, self.items)
        return [x for x, ok in zip(self.items, flags) if ok]
