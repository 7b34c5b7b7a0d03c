from .pools import io_pool


def fetch_all(fetch, paths):
    with io_pool() as pool:
        return sorted(pool.map(fetch, paths))
