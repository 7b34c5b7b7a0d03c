from . import par


def run_jobs(fn, xs):
    return par.pmap(fn, list(xs))
