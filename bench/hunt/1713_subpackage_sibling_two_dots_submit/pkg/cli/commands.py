from ..engine import submit


def command(fn):
    return submit(fn, 1)
