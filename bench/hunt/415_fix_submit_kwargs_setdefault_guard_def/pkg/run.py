import functools
from concurrent.futures import ProcessPoolExecutor


def run_all(fn, items, *extra, **kwargs):
    with ProcessPoolExecutor(2) as ex:
        kwargs.setdefault("tag", "t")
        futs = [ex.submit(fn, item, **kwargs) for item in items]
        return [f.result() for f in futs]
