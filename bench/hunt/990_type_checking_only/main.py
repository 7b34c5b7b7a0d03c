# only binding under if TYPE_CHECKING (True); runtime binding via try/except import -> False -> process
from typing import TYPE_CHECKING
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
if TYPE_CHECKING:
    USE_THREADS = True
try:
    from nonexistent_mod_xyz import USE_THREADS
except ImportError:
    USE_THREADS = False
def pmap(fn, xs):
    cls = ThreadPoolExecutor if USE_THREADS else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
