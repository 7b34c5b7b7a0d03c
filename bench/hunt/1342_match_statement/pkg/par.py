from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, items, backend="thread"):
    match backend:
        case "thread" | "threads":
            cls = ThreadPoolExecutor
        case "process":
            cls = ProcessPoolExecutor
        case _:
            raise ValueError(backend)
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
