from ..core.exec import parmap as _pm


def run(fn, xs):
    return sorted(_pm(fn, xs))
