from concurrent.futures import ThreadPoolExecutor


def gather(fn, xs, executor_cls=ThreadPoolExecutor):
    with executor_cls(max_workers=2) as ex:
        return list(ex.map(fn, xs))
