from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def run_parallel(fn, items, backend="process", workers=2):
    cls = ProcessPoolExecutor if backend == "process" else ThreadPoolExecutor
    with cls(max_workers=workers) as ex:
        return list(ex.map(fn, items))
