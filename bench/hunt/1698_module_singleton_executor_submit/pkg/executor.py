from concurrent.futures import ProcessPoolExecutor

_EXEC = None


def get_executor():
    global _EXEC
    if _EXEC is None:
        _EXEC = ProcessPoolExecutor(max_workers=2)
    return _EXEC


def submit(fn, *args, **kwargs):
    return get_executor().submit(fn, *args, **kwargs)


def shutdown():
    if _EXEC is not None:
        _EXEC.shutdown()
