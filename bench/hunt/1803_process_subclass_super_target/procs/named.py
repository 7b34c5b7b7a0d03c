from .base import ManagedProcess


class NamedProcess(ManagedProcess):
    def __init__(self, name, fn, *args):
        super().__init__(fn, *args)
        self.name = name
