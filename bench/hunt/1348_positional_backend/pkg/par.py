from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, items, workers=2, backend="thread"):
    if backend == "thread":
        cls = ThreadPoolExecutor
    elif backend == "process":
        cls = ProcessPoolExecutor
    else:
        raise ValueError(backend)
    with cls(max_workers=workers) as ex:
        return list(ex.map(fn, items))
