from __future__ import annotations
import os
from concurrent.futures import ProcessPoolExecutor, as_completed

def parallel_map(items, fn, n_jobs: int | None = None):
    items = list(items)
    n_jobs = n_jobs or 2
    if n_jobs == 1 or len(items) < 2:
        return [fn(x) for x in items]
    out = [None] * len(items)
    with ProcessPoolExecutor(max_workers=n_jobs) as ex:
        futs = {ex.submit(fn, x): i for i, x in enumerate(items)}
        for f in as_completed(futs):
            out[futs[f]] = f.result()
    return out
