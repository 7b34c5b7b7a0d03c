import functools
from concurrent.futures import ProcessPoolExecutor


class Delayed:
    def __init__(self, fn, args):
        self.fn = fn
        self.args = args

    def __repr__(self):
        return f"Delayed({self.fn.__name__}, {self.args!r})"


def delayed(fn):
    @functools.wraps(fn)
    def make(*args):
        return Delayed(fn, args)

    return make


def compute(*nodes, workers=2):
    with ProcessPoolExecutor(max_workers=workers) as ex:
        futures = [ex.submit(node.fn, *node.args) for node in nodes]
        return tuple(f.result() for f in futures)
