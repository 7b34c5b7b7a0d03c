from .base import BaseWorker


class FnWorker(BaseWorker):
    def __init__(self, fn, items, queue):
        super().__init__(queue)
        self.fn = fn
        self.items = items

    def produce(self):
        return [self.fn(x) for x in self.items]
