from pkg.base import Runner


class ProcRunner(Runner):
    def __init__(self):
        super().__init__()
        self.use_processes = True
