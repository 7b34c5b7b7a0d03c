from concurrent.futures import ProcessPoolExecutor


def submit_all(executor: ProcessPoolExecutor, fn, items, **kwargs):
    return [executor.submit(fn, item, **kwargs) for item in items]
