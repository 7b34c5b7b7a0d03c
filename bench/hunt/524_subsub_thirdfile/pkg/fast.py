from .process import ProcessRunner


class FastRunner(ProcessRunner):
    chunks = 4
