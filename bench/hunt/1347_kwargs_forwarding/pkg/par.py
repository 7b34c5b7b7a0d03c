from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def pmap(fn, items, backend="thread"):
    if backend == "thread":
        cls = ThreadPoolExecutor
    else:
        cls = ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))


def run_all(fn, items, **options):
    return pmap(fn, items, **options)
