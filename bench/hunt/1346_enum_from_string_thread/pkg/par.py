import enum
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Backend(enum.Enum):
    THREAD = "thread"
    PROCESS = "process"


def pmap(fn, items, backend="process"):
    backend = Backend(backend)
    if backend == Backend.THREAD:
        cls = ThreadPoolExecutor
    else:
        cls = ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
