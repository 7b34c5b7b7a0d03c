from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def make_executor(kind, workers=2):
    if kind == "process":
        return ProcessPoolExecutor(workers)
    return ThreadPoolExecutor(workers)

def pmap(fn, xs, kind="thread"):
    def ctx():
        return make_executor(kind)
    with ctx() as ex:
        return list(ex.map(fn, xs))

def pmap_l(fn, xs, kind="thread"):
    mk = lambda: make_executor(kind)
    with mk() as ex:
        return list(ex.map(fn, xs))
