from .par import pmap


def run(fn, xs):
    return pmap(fn, list(xs))
