import math
from functools import partial, reduce


def integrate(f, a, b, steps=1000):
    width = (b - a) / steps

    def area(i):
        x = a + (i + 0.5) * width
        return f(x) * width

    return math.fsum(area(i) for i in range(steps))


def polynomial(coefficients):
    def evaluate(x):
        return reduce(lambda acc, c: acc * x + c, coefficients, 0.0)

    return evaluate


def normalise(values):
    total = sum(values) or 1.0
    return list(map(lambda v: v / total, values))


def apply_all(funcs, value):
    compose = lambda f, g: lambda x: g(f(x))
    return reduce(compose, funcs, lambda x: x)(value)


def tabulate(xs, offset):
    shifted = partial(lambda x, o: x + o, o=offset)
    return {x: shifted(x) for x in xs}


def counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


def bounded(values, low, high):
    clamp = lambda v: max(low, min(high, v))
    return [clamp(v) for v in values]
