from ._util import MapWrapper


class _FunctionWrapper:
    """Object to wrap user's function, allowing picklability."""

    def __init__(self, f, args):
        self.f = f
        self.args = [] if args is None else args

    def __call__(self, x):
        return self.f(x, *self.args)


def brute(func, grid, args=(), workers=1):
    wrapped = _FunctionWrapper(func, args)
    with MapWrapper(pool=workers) as mapper:
        vals = list(mapper(wrapped, grid))
    best = min(range(len(grid)), key=vals.__getitem__)
    return grid[best], vals[best]
