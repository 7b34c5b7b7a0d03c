from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def run(fn, xs, use_processes=False):
    cls = ProcessPoolExecutor if use_processes else ThreadPoolExecutor
    with cls(max_workers=2) as ex:
        return sorted(ex.map(fn, xs))
