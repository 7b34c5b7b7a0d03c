from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, items, backend="thread"):
    if backend == "thread":
        cls = ThreadPoolExecutor
    elif backend in ("proc", "process"):
        cls = ProcessPoolExecutor
    else:
        cls = ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
