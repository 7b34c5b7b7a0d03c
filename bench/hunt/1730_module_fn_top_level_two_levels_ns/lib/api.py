from lib.core import pmap


def run_all(fn, xs):
    return pmap(fn, xs)
