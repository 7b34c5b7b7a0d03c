from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def make_executor(workers=2, kind="thread"):
    if kind == "process":
        return ProcessPoolExecutor(workers)
    return ThreadPoolExecutor(workers)

def pmap(fn, xs, *args):
    with make_executor(*args) as ex:
        return list(ex.map(fn, xs))
