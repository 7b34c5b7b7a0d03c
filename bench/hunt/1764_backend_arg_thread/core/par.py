from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def parallel_map(fn, items, backend="process"):
    cls = ThreadPoolExecutor if backend == "thread" else ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
