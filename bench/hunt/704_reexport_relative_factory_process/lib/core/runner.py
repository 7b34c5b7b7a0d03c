from ..backends import make_executor


class Runner:
    def __init__(self, kind="thread", workers=2):
        self.kind = kind
        self.workers = workers

    def map(self, fn, items):
        with make_executor(self.kind, self.workers) as ex:
            return list(ex.map(fn, items))
