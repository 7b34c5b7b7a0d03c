from concurrent.futures import ProcessPoolExecutor


def iter_results(fn, items, workers=2):
    """Yield ``fn(item)`` for each item, in order, computed in worker processes."""
    with ProcessPoolExecutor(max_workers=workers) as ex:
        futures = [ex.submit(fn, item) for item in items]
        for fut in futures:
            yield fut.result()
