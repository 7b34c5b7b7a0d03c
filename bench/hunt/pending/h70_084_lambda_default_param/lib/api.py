from lib.par import pmap


def transform(xs, fn=lambda x: x * 10):
    return pmap(fn, xs)
