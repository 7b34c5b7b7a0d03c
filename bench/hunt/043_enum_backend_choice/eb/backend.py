import enum
from multiprocessing.pool import Pool, ThreadPool


class Backend(enum.Enum):
    THREAD = "thread"
    PROCESS = "process"


def map_with(backend, fn, items):
    pool_cls = ThreadPool if backend is Backend.THREAD else Pool
    with pool_cls(2) as pool:
        return pool.map(fn, items)
