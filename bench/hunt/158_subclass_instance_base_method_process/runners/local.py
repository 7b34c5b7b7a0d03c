from .base import BaseRunner


class LocalRunner(BaseRunner):
    label = "local"

    def describe(self):
        return f"{self.label} runner"
