"""Statements that bind in unusual ways, each as a function of its own."""

import contextlib
import os


def parenthesized_with(path):
    with (open(path) as src):
        first = src.readline()
    with (
        open(path) as again,
        contextlib.suppress(OSError),
        os.scandir(".") as entries,
    ):
        return first, again.read(), list(entries)


def annotated_targets():
    (declared): int
    (assigned): int = 1
    plain: str
    return assigned, declared


def unpacking(rows):
    (a, b), *rest = rows
    [c, [d, e]] = rest[0]
    for i, (j, k) in enumerate(rows):
        del j
    return a, b, c, d, e, i, k


def handlers(task):
    try:
        task()
    except (KeyError, ValueError) as error:
        return error
    finally:
        cleanup = True
    try:
        task()
    except* OSError as group:
        failed = group
    return cleanup, failed


def imports_inside():
    import os.path
    import json as j
    from collections import OrderedDict as OD, defaultdict

    return os.path, j, OD, defaultdict


def defaults_and_annotations(factor: int = 2):
    def scaled(x: factor = factor, *, by: "factor" = factor) -> factor:
        return x * by

    return scaled


def global_and_nonlocal():
    def writes_global():
        global LATE
        LATE = 1

    value = 0

    def outer():
        def middle():
            def inner():
                nonlocal value
                value += 1

            return inner

        return middle

    return writes_global, outer


def class_reads_enclosing():
    setting = 3
    bound_in_class = "outer"

    class Config:
        size = setting * 2
        bound_in_class = "class"

        def method(self):
            return bound_in_class

    return Config


def comprehension_iterables(matrix):
    inner = 2
    return [[cell * inner for cell in row] for row in matrix[inner:]]


def generator_in_call(items):
    return sorted(x for x in items), dict((k, v) for k, v in items.items())


def star_params(*args, **kwargs):
    return lambda *a, **k: (args, kwargs, a, k)


def positional_only(a, b, /, c, *, d):
    return (lambda: a + b + c + d)()


def compatibility_characters():
    # CPython reads identifiers in NFKC: `ｓｉｚｅ` is `size`, and the lambda closes over it.
    ｓｉｚｅ = 3
    return lambda: size * 2
