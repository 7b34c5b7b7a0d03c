from lib._backend import _dispatch


def pmap(fn, xs, workers=2):
    return _dispatch(fn, list(xs), workers)
