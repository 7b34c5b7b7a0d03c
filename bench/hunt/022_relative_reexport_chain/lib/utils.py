from ._impl import pmap


def apply_all(fn, values):
    return pmap(fn, list(values))
