from .pools import make_executor as _mk

def pmap(fn, xs, *, kind="io"):
    with _mk(kind) as ex:
        return list(ex.map(fn, xs))
