from concurrent.futures import ProcessPoolExecutor
from typing import Callable

def parallel(f: Callable, items: list, *args: list, n_workers=2, **kwargs):
    with ProcessPoolExecutor(max_workers=n_workers) as ex:
        return list(ex.map(f, items, *args, **kwargs))
