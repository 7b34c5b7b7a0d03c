from .registry import register


@register("square")
def square(x):
    return x * x


@register("negate")
def negate(x):
    return -x
