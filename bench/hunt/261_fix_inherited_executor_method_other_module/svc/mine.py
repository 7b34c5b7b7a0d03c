from .base import Service


class Mine(Service):
    def describe(self):
        return "mine"
