import enum
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Backend(enum.Enum):
    THREAD = "thread"
    PROCESS = "process"


def pmap(fn, items, backend=Backend.THREAD):
    if backend is Backend.THREAD:
        cls = ThreadPoolExecutor
    elif backend is Backend.PROCESS:
        cls = ProcessPoolExecutor
    else:
        raise ValueError(backend)
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
