from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def _build(kind):
    if kind == "process":
        return ProcessPoolExecutor(2)
    return ThreadPoolExecutor(2)

def make_executor(kind):
    return _build(kind.strip().lower())

def pmap(fn, xs, kind="thread"):
    with make_executor(kind) as ex:
        return list(ex.map(fn, xs))
