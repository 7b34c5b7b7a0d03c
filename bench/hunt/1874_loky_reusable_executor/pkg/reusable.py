from concurrent.futures import ProcessPoolExecutor

_executor = None
_executor_kwargs = None


def get_reusable_executor(max_workers=2, timeout=300, reuse="auto"):
    global _executor, _executor_kwargs
    kwargs = dict(max_workers=max_workers)
    if _executor is None or (reuse is not True and kwargs != _executor_kwargs):
        if _executor is not None:
            _executor.shutdown(wait=True)
        _executor = ProcessPoolExecutor(**kwargs)
        _executor_kwargs = kwargs
    return _executor
