from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import Final

USE_THREADS: Final[bool] = True


def pmap(fn, items):
    threads = USE_THREADS
    executor_cls = ThreadPoolExecutor if threads else ProcessPoolExecutor
    with executor_cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
