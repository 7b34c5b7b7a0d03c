from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, items, backend="thread", cpu_bound=False):
    if backend == "thread":
        cls = ThreadPoolExecutor
    elif backend == "process":
        cls = ProcessPoolExecutor
    else:
        raise ValueError(backend)
    if cpu_bound:
        cls = ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
