from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def make_executor(kind=None, workers=2):
    if kind is None:
        kind = "process"
    if kind == "process":
        return ProcessPoolExecutor(workers)
    return ThreadPoolExecutor(workers)

def pmap(fn, xs, kind=None):
    with make_executor(kind) as ex:
        return list(ex.map(fn, xs))
