from concurrent.futures import ProcessPoolExecutor

_EX = None


def submit(fn, *args, **kwargs):
    global _EX
    if _EX is None:
        _EX = ProcessPoolExecutor(max_workers=1)
    return _EX.submit(fn, *args, **kwargs)


def shutdown():
    if _EX is not None:
        _EX.shutdown()
