import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

USE_THREADS = sys.platform == "win32"
Executor = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor


def pmap(fn, items):
    with Executor(max_workers=2) as ex:
        return list(ex.map(fn, items))
