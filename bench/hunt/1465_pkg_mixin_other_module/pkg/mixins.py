class ProcMixin:
    def __init__(self):
        super().__init__()
        self.use_processes = True
