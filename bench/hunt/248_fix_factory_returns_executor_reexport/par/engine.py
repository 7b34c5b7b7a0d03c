from ._pool import get_pool


def run_parallel(fn, items):
    with get_pool() as pool:
        return list(pool.map(fn, items))
