from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, items, backend="process"):
    backend = backend.strip().lower()
    if backend in ("thread", "threads"):
        cls = ThreadPoolExecutor
    elif backend in ("proc", "process"):
        cls = ProcessPoolExecutor
    else:
        raise ValueError(f"unknown backend {backend!r}")
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
