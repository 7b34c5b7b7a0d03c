from ..backends.proc import submit_all


def execute(fn, xs):
    return submit_all(fn, list(xs))
