from .runners import ProcRunner, ThreadRunner

RUNNERS = {"cpu": ProcRunner(), "io": ThreadRunner()}


def get_runner(kind):
    return RUNNERS[kind]
