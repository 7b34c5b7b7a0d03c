from .base import Runner

class ThreadRunner(Runner):
    pass

class QuietRunner(Runner):
    def __init__(self, workers=2):
        super().__init__(use_processes=False, workers=workers)
