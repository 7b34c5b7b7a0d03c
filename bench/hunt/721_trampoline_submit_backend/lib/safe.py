from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def _guarded(fn, item):
    try:
        return ("ok", fn(item))
    except Exception as exc:
        return ("error", repr(exc))


class SafeRunner:
    """Runs fn through a module-level trampoline that turns exceptions into results."""

    def __init__(self, backend="process"):
        self.backend = backend

    def map(self, fn, items):
        cls = ProcessPoolExecutor if self.backend == "process" else ThreadPoolExecutor
        with cls(2) as ex:
            futures = [ex.submit(_guarded, fn, item) for item in items]
            return [f.result() for f in futures]
