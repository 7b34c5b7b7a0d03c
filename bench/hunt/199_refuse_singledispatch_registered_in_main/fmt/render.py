import functools


@functools.singledispatch
def render(value):
    return f"<{value}>"
