from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from typing import Final

try:
    import _picklefix_no_such_module  # noqa: F401
    USE_THREADS: Final = True
except ImportError:
    USE_THREADS: Final = False


def pmap(fn, items):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(max_workers=2) as ex:
        return list(ex.map(fn, items))
