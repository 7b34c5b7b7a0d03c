import contextlib
from concurrent.futures import ProcessPoolExecutor


@contextlib.contextmanager
def pool_submit(workers):
    with ProcessPoolExecutor(max_workers=workers) as ex:
        yield ex.submit
