import functools
import marshal
import types
from concurrent.futures import ProcessPoolExecutor


def _call_by_value(code_bytes, cell_values, item):
    code = marshal.loads(code_bytes)
    closure = tuple(types.CellType(v) for v in cell_values) or None
    fn = types.FunctionType(code, {"__builtins__": __builtins__}, None, None, closure)
    return fn(item)


class ByValueRunner:
    """Ships the function's code and captured values to the workers (cloudpickle style), never a reference."""

    def __init__(self, workers=2):
        self.workers = workers

    def map(self, fn, items):
        code_bytes = marshal.dumps(fn.__code__)
        cells = tuple(c.cell_contents for c in (fn.__closure__ or ()))
        task = functools.partial(_call_by_value, code_bytes, cells)
        with ProcessPoolExecutor(self.workers) as ex:
            return list(ex.map(task, items))
