from concurrent.futures import ProcessPoolExecutor

_EXECUTOR = None


def _get_executor():
    global _EXECUTOR
    if _EXECUTOR is None:
        _EXECUTOR = ProcessPoolExecutor(2)
    return _EXECUTOR


def submit(fn, *args, **kwargs):
    return _get_executor().submit(fn, *args, **kwargs)


def shutdown():
    if _EXECUTOR is not None:
        _EXECUTOR.shutdown()
