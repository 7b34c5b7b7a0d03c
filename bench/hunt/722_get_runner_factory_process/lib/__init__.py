from .runners import ProcessRunner, ThreadRunner


def get_runner(kind="thread"):
    if kind == "process":
        return ProcessRunner()
    return ThreadRunner()
