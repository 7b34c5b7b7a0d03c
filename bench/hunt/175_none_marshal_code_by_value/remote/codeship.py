import builtins
import marshal
import types
from concurrent.futures import ProcessPoolExecutor


def _rebuild(code_bytes, name):
    code = marshal.loads(code_bytes)
    return types.FunctionType(code, {"__builtins__": builtins}, name)


def _apply(code_bytes, name, item):
    return _rebuild(code_bytes, name)(item)


def ship_map(fn, items, workers=2):
    """Send ``fn`` by value (its code object), so lambdas work under spawn.

    ``fn`` must not close over variables or use globals beyond builtins.
    """
    if fn.__closure__:
        raise ValueError("closures cannot be shipped")
    payload = marshal.dumps(fn.__code__)
    with ProcessPoolExecutor(workers) as ex:
        futures = [ex.submit(_apply, payload, fn.__name__, item) for item in items]
        return [f.result() for f in futures]
