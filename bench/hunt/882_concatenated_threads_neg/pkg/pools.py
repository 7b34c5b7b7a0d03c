from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def make_executor(kind):
    if kind == "process":
        return ProcessPoolExecutor(2)
    return ThreadPoolExecutor(2)

def pmap(fn, xs, kind="thread"):
    with make_executor(kind) as ex:
        return list(ex.map(fn, xs))
