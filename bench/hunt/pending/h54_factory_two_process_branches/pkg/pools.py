from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def make_executor(kind):
    if kind == "a":
        return ProcessPoolExecutor(2)
    elif kind == "b":
        return ProcessPoolExecutor(max_workers=2)
    else:
        return ThreadPoolExecutor(2)

def pmap(fn, xs, kind="c"):
    with make_executor(kind) as ex:
        return list(ex.map(fn, xs))
