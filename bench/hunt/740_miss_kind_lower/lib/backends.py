from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def make_executor(kind, workers=2):
    if kind.lower() == "process":
        return ProcessPoolExecutor(workers)
    return ThreadPoolExecutor(workers)

def pmap(fn, xs, kind="thread"):
    with make_executor(kind) as ex:
        return list(ex.map(fn, xs))
