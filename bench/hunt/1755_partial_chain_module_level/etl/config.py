from functools import partial

from .ops import transform


def make_step(scale):
    base = partial(transform, scale=scale)
    return partial(base, offset=1)
