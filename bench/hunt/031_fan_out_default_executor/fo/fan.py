from concurrent.futures import ProcessPoolExecutor


def fan_out(fn, items, executor=None):
    """Map ``fn`` over ``items`` on ``executor``, or on a private process pool."""
    own = executor is None
    if own:
        executor = ProcessPoolExecutor(max_workers=2)
    try:
        return list(executor.map(fn, items))
    finally:
        if own:
            executor.shutdown()
