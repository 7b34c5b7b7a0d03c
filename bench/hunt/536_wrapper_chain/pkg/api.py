from .process import ProcessRunner


def parallel_map(fn, items):
    return ProcessRunner().run(fn, items)
