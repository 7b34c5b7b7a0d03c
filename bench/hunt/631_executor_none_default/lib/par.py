from concurrent.futures import ProcessPoolExecutor


def pmap(fn, xs, executor=None):
    own = executor is None
    if own:
        executor = ProcessPoolExecutor(2)
    try:
        return list(executor.map(fn, xs))
    finally:
        if own:
            executor.shutdown()
