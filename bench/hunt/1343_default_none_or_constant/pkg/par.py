from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

DEFAULT_BACKEND = "process"


def pmap(fn, items, backend=None):
    backend = backend or DEFAULT_BACKEND
    if backend == "thread":
        cls = ThreadPoolExecutor
    else:
        cls = ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
