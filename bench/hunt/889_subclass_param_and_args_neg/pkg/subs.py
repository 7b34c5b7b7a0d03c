from .base import Runner

class ProcRunner(Runner):
    def __init__(self, workers=2):
        super().__init__(use_processes=True, workers=workers)

class ThreadRunner(Runner):
    def __init__(self, workers=2):
        super().__init__(False, workers)

class FlipRunner(Runner):
    def __init__(self):
        super().__init__(use_processes=True)
        self.use_processes = False

class ParamRunner(Runner):
    def __init__(self, procs=False):
        super().__init__(use_processes=procs)

class ArgsRunner(Runner):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tag = "args"
