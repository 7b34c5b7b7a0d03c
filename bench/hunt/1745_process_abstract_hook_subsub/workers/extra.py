from workers.impl import FnWorker


class TaggedFnWorker(FnWorker):
    def __init__(self, fn, items, queue, tag):
        super().__init__(fn, items, queue)
        self.tag = tag

    def produce(self):
        return (self.tag, super().produce())
