from .base import Base


class Child(Base):
    workers = 1

    def describe(self):
        return "child"
