from concurrent.futures import Future, ProcessPoolExecutor


class InlineExecutor(ProcessPoolExecutor):
    """Runs tasks in the caller, for debugging; keeps the executor interface."""

    def __init__(self, max_workers=None):
        super().__init__(max_workers=1)

    def submit(self, fn, /, *args, **kwargs):
        fut = Future()
        try:
            fut.set_result(fn(*args, **kwargs))
        except BaseException as e:
            fut.set_exception(e)
        return fut

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        return map(fn, *iterables)
