import multiprocessing


class _Safe:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, item):
        try:
            return "ok", self.fn(item)
        except Exception as exc:
            return "error", type(exc).__name__


def safe_map(fn, items, processes=2):
    with multiprocessing.Pool(processes) as pool:
        return pool.map(_Safe(fn), items)
