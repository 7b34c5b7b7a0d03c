from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def make_executor(kind=None):
    if kind is None:
        kind = "process"
    kind = kind.lower()
    return ProcessPoolExecutor(2) if kind != "thread" else ThreadPoolExecutor(2)

class Engine:
    def __init__(self, kind=None):
        self.kind = kind
    def map(self, fn, xs):
        with make_executor(self.kind) as ex:
            return list(ex.map(fn, xs))
