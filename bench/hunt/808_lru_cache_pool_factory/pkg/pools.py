import functools
from concurrent.futures import ProcessPoolExecutor


@functools.lru_cache(maxsize=None)
def get_pool():
    return ProcessPoolExecutor(max_workers=2)
