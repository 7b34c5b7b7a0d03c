from .base import Runner


class ProcessRunner(Runner):
    def __init__(self, workers=2):
        super().__init__(use_processes=True, workers=workers)
