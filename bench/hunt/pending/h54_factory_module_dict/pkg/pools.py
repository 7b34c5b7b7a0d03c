from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

_POOLS = {"process": ProcessPoolExecutor, "thread": ThreadPoolExecutor}

def make_executor(kind="thread"):
    return _POOLS[kind](max_workers=2)

def pmap(fn, xs, kind="thread"):
    with make_executor(kind) as ex:
        return list(ex.map(fn, xs))
