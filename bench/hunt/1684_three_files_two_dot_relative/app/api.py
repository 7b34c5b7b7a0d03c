from .core.engine import execute


def run(fn, xs):
    return execute(fn, xs)
