from multiprocessing import Pool


def _default_worker(x):
    return x + 1


def process_all(items, fn=None):
    """Custom callables may not be picklable: they run in this process."""
    if fn is not None:
        return [fn(x) for x in items]
    with Pool(2) as pool:
        return pool.map(_default_worker, items)
