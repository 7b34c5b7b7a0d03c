"""Domain models: classes, methods, private names, properties and zero-argument super()."""

import enum
from dataclasses import dataclass, field


class Base:
    registry = {}
    __secret = "base"

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.registry[key or cls.__name__] = cls

    def describe(self):
        return f"{type(self).__name__}({self.__secret})"

    @property
    def name(self):
        return self.__class__.__name__.lower()


class Child(Base, key="child"):
    __count = 0
    limits = [n * 2 for n in range(3)]
    pairs = {n: [m for m in range(n)] for n in limits}

    def __init__(self, value):
        super().__init__()
        self.__value = value
        Child.__count += 1
        __local = value * 2
        self.__double = lambda: __local

    def __repr__(self):
        return f"Child({self.__value!r})"

    @classmethod
    def build(cls, *values):
        return [cls(v) for v in values]

    @staticmethod
    def _helper(a, b=2, *rest, c, d=4, **extra):
        return a + b + c + d + len(rest) + len(extra)


def make_model(kind):
    tag = kind.upper()
    unused = "only read by the class body"

    class Local(Base, key=tag):
        label = tag
        copied = unused

        def show(self):
            return tag, self.label

        class Inner:
            def deep(self):
                return tag

    return Local


def shadowing(value):
    class Shadow:
        value = 1

        def method(self):
            # The class's own `value` is invisible here: this is shadowing's parameter.
            return value

    return Shadow


@dataclass
class Point:
    x: float
    y: float = 0.0
    tags: list = field(default_factory=list)

    def scaled(self, k):
        return Point(*(c * k for c in (self.x, self.y)))


class Color(enum.Enum):
    RED = 1
    GREEN = 2

    @classmethod
    def parse(cls, text):
        return next(c for c in cls if c.name == text.upper())
