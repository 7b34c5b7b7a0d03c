from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, items, executor_cls=ThreadPoolExecutor):
    with executor_cls(max_workers=2) as ex:
        return list(ex.map(fn, items))


def heavy(x):
    return x * 1000


def pmap_processes(items):
    return pmap(heavy, items, executor_cls=ProcessPoolExecutor)
