from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, items, backend="thread"):
    if backend == "thread":
        cls = ThreadPoolExecutor
    else:
        cls = ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))


def fast_map(fn, items, mode="fast"):
    backend = "process" if mode == "fast" else "thread"
    return pmap(fn, items, backend=backend)


def io_map(fn, items):
    return pmap(fn, items, backend="thread")
