from .pools import get_pool


def pmap(fn, xs):
    return sorted(get_pool().map(fn, xs))


def shutdown():
    get_pool().shutdown()
