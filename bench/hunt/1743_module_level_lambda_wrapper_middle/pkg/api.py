from .par import pmap

run = lambda fn, xs: pmap(fn, list(xs))  # noqa: E731
