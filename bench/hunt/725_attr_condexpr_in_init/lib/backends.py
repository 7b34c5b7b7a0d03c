from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def make_executor(kind, workers=2):
    if kind == "process":
        return ProcessPoolExecutor(workers)
    return ThreadPoolExecutor(workers)

def pmap(fn, xs, kind="thread"):
    with make_executor(kind) as ex:
        return list(ex.map(fn, xs))

class Job:
    def __init__(self, parallel=False):
        self.kind = "process" if parallel else "thread"

    def run(self, fn, xs):
        with make_executor(self.kind) as ex:
            return list(ex.map(fn, xs))
