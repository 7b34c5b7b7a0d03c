import concurrent.futures
from functools import partial


def _call(pause, g, item):
    return g(item)


class ProcessPoolExecutor(concurrent.futures.ProcessPoolExecutor):
    "Same as Python's ProcessPoolExecutor, except can pass `max_workers==0` for serial execution"

    def __init__(self, max_workers=2, on_exc=print, pause=0, **kwargs):
        self.not_parallel = max_workers == 0
        if self.not_parallel:
            max_workers = 1
        self.on_exc, self.pause = on_exc, pause
        super().__init__(max_workers, **kwargs)

    def map(self, f, items, *args, timeout=None, chunksize=1, **kwargs):
        g = partial(f, *args, **kwargs)
        if self.not_parallel:
            return map(g, items)
        _g = partial(_call, self.pause, g)
        try:
            return super().map(_g, items, timeout=timeout, chunksize=chunksize)
        except Exception as e:
            self.on_exc(e)


class ThreadPoolExecutor(concurrent.futures.ThreadPoolExecutor):
    "Same as Python's ThreadPoolExecutor, except can pass `max_workers==0` for serial execution"

    def __init__(self, max_workers=2, on_exc=print, pause=0, **kwargs):
        self.not_parallel = max_workers == 0
        if self.not_parallel:
            max_workers = 1
        self.on_exc, self.pause = on_exc, pause
        super().__init__(max_workers, **kwargs)

    def map(self, f, items, *args, timeout=None, chunksize=1, **kwargs):
        g = partial(f, *args, **kwargs)
        if self.not_parallel:
            return map(g, items)
        return super().map(g, items, timeout=timeout, chunksize=chunksize)


def parallel(f, items, *args, n_workers=2, threadpool=False, timeout=None, chunksize=1, **kwargs):
    "Applies `func` in parallel to `items`, using `n_workers`"
    pool = ThreadPoolExecutor if threadpool else ProcessPoolExecutor
    with pool(n_workers) as ex:
        r = ex.map(f, items, *args, timeout=timeout, chunksize=chunksize, **kwargs)
        return list(r)
