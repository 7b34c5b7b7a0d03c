from concurrent.futures import ProcessPoolExecutor

__all__ = ["pmap", "chunked"]


def _pool_size():
    return 2


def chunked(items, size):
    return [items[i : i + size] for i in range(0, len(items), size)]


def pmap(fn, items):
    with ProcessPoolExecutor(_pool_size()) as executor:
        return list(executor.map(fn, items))
