from concurrent.futures import ProcessPoolExecutor

_ex = ProcessPoolExecutor(1)


def submit(fn, *args):
    return _ex.submit(fn, *args)


def close():
    _ex.shutdown(wait=True)
