from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, items, backend="process"):
    if backend == "thread":
        with ThreadPoolExecutor(max_workers=2) as ex:
            return list(ex.map(fn, items))
    if backend != "process":
        raise ValueError(backend)
    with ProcessPoolExecutor(max_workers=2) as ex:
        return list(ex.map(fn, items))
