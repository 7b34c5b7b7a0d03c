from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, items, backend="process"):
    if backend not in ("thread", "threads"):
        cls = ProcessPoolExecutor
    else:
        cls = ThreadPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
