from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, items, backend="processes", n_jobs=2):
    cls = ProcessPoolExecutor if backend == "processes" else ThreadPoolExecutor
    with cls(max_workers=n_jobs) as ex:
        return list(ex.map(fn, items))
