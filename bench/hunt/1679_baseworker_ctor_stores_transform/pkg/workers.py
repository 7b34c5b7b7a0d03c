from .base import BaseWorker


class Doubler(BaseWorker):
    def __init__(self, transform):
        self.transform = transform

    def handle(self, item):
        return self.transform(item) * 2
