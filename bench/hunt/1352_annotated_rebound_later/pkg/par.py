import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

# Threads are the safe default; use processes where fork/spawn is available.
USE_THREADS: bool = True
if sys.platform != "emscripten":
    USE_THREADS = False


def pmap(fn, items):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
