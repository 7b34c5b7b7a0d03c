from .bounded import BoundedExecutor


class NamedExecutor(BoundedExecutor):
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name
