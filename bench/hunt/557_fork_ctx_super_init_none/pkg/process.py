from .base import Runner


class ForkRunner(Runner):
    def __init__(self):
        super().__init__("fork")
