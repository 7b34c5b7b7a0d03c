from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, items, backend="process"):
    cls = None
    if backend != "process":
        if backend == "thread":
            cls = ThreadPoolExecutor
    else:
        cls = ProcessPoolExecutor
    if cls is None:
        raise ValueError(backend)
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
