from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def make_executor(*, kind="thread", workers=2):
    if kind == "processes":
        return ProcessPoolExecutor(workers)
    return ThreadPoolExecutor(workers)

def pmap(fn, xs, **opts):
    with make_executor(**opts) as ex:
        return list(ex.map(fn, xs))
