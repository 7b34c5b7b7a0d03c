import contextlib
import multiprocessing


@contextlib.contextmanager
def mapper(processes=2):
    """Yield a map function backed by a process pool."""
    with multiprocessing.Pool(processes) as pool:
        yield pool.map
